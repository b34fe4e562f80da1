import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { promisify } from 'node:util';
import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may go: public unicast addresses, and the non-public ones (loopback, link-local,
 * private, carrier-grade NAT, unique-local…) only when configuration names them — so a project
 * office cannot be led to make the notifier POST to a metadata service (169.254.169.254) or to
 * something on the server's own network.
 */
export class WebhookTargetPolicy {
  private readonly allowed: [ipaddr.IPv4 | ipaddr.IPv6, number][];

  constructor(allowedTargets: readonly string[]) {
    this.allowed = allowedTargets.map((t) => (t.includes('/') ? ipaddr.parseCIDR(t) : single(t)));
  }

  /** Whether the notifier may connect to this address. */
  permits(address: string): boolean {
    if (!ipaddr.isValid(address)) return false;
    let ip = ipaddr.parse(address);
    if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
    if (ip.range() === 'unicast') return true;
    return this.allowed.some(([range, bits]) => range.kind() === ip.kind() && ip.match(range, bits));
  }

  /**
   * Why a URL may not be a webhook's target, or null: its host is (or resolves to) an address this
   * policy does not permit. A name that does not resolve now is accepted: delivery checks again.
   */
  async problemWith(url: string): Promise<string | null> {
    const host = hostOf(url);
    const addresses = ipaddr.isValid(host) ? [host] : await resolveAll(host);
    const refused = addresses.find((a) => !this.permits(a));
    return refused ? `the host ${host} is a non-public address (${refused}); only public addresses, or those WEBHOOK_ALLOWED_TARGETS names, may receive webhooks` : null;
  }

  /** The same for a URL whose host is an address: a connection to it is never looked up, so `lookup` cannot refuse it. */
  literalAddressProblem(url: string): string | null {
    const host = hostOf(url);
    return ipaddr.isValid(host) && !this.permits(host) ? `The webhook target ${host} is a non-public address (not in WEBHOOK_ALLOWED_TARGETS)` : null;
  }

  /**
   * A `lookup` for the HTTP client's connections that refuses addresses this policy does not permit,
   * checked on the address actually connected to (a name that changes its answer between the check
   * and the connection cannot slip through).
   */
  readonly lookup = (hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const refused = addresses.find((a) => !this.permits(a.address));
      if (refused) return callback(new WebhookTargetRefused(hostname, refused.address), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** A delivery refused because its target resolved to an address the policy does not permit. */
export class WebhookTargetRefused extends Error implements NodeJS.ErrnoException {
  readonly code = 'EWEBHOOKTARGET';

  constructor(hostname: string, address: string) {
    super(`The webhook target ${hostname} resolves to the non-public address ${address} (not in WEBHOOK_ALLOWED_TARGETS)`);
  }
}

/** A URL's host, an IPv6 address without its brackets. */
const hostOf = (url: string) => new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');

function single(address: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  const ip = ipaddr.parse(address);
  return [ip, ip.kind() === 'ipv4' ? 32 : 128];
}

const lookupAll = promisify(dnsLookup) as unknown as (host: string, options: { all: true }) => Promise<LookupAddress[]>;

async function resolveAll(host: string): Promise<string[]> {
  try {
    return (await lookupAll(host, { all: true })).map((a) => a.address);
  } catch {
    return [];
  }
}
