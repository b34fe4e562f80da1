import { randomBytes, randomInt } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiTokenRepository } from '@gov/persistence';
import { createApi } from '../../apps/api/src/create-api.js';
import { ApiTokenService } from '../../apps/api/src/auth/api-token.service.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, testConfig, type TestSystem } from '../support/system.js';

const RATE = 30;
const FAILED_AUTH = 5;
const REQUEST_TIMEOUT_MS = 2_000;
const HEADERS_TIMEOUT_MS = 1_000;
const CONNECTION_TIMEOUT_MS = 4_000;
const STREAMS_PER_PERSON = 5;
/** The second instance's limits: few streams in all, and credentials checked twice a second. */
const SECOND_STREAMS_MAX = 3;
const SECOND_RECHECK_MS = 500;

const env = {
  RATE_LIMIT_PER_MINUTE: String(RATE),
  RATE_LIMIT_FAILED_AUTH_PER_MINUTE: String(FAILED_AUTH),
  HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
  HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
  HTTP_CONNECTION_TIMEOUT_MS: String(CONNECTION_TIMEOUT_MS),
  CHANGES_STREAMS_PER_PERSON: String(STREAMS_PER_PERSON),
};

/**
 * A loopback address of the test's own (127.x.y.z) to send from: budgets per client address then
 * neither take from nor give to other tests and specs, which send from 127.0.0.1.
 */
function freshAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: any;
}

/** One request on a connection of its own, from `from`. */
function call(baseUrl: string, method: string, path: string, options: { from?: string; token?: string; authorization?: string; body?: unknown } = {}): Promise<Answer> {
  const url = new URL(path, baseUrl);
  const headers: Record<string, string> = {};
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  if (authorization !== undefined) headers.authorization = authorization;
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (payload) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, localAddress: options.from ?? freshAddress(), agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

interface Received {
  type: string;
  [key: string]: unknown;
}

/** An open `GET /changes`: what arrived, whether the server ended it, and how to close it. */
interface Stream {
  status: number;
  headers: IncomingHttpHeaders;
  events: Received[];
  /** The whole body of a refusal. */
  text: string;
  ended(): boolean;
  close(): void;
}

/** Opens a stream and resolves once the answer's status is known. */
function openStream(baseUrl: string, token: string, from = freshAddress()): Promise<Stream> {
  const url = new URL('/changes', baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, localAddress: from, agent: false },
      (res) => {
        let ended = false;
        let buffer = '';
        const stream: Stream = { status: res.statusCode ?? 0, headers: res.headers, events: [], text: '', ended: () => ended, close: () => req.destroy() };
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          stream.text += chunk;
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
            if (data) stream.events.push(JSON.parse(data) as Received);
          }
        });
        res.on('end', () => (ended = true));
        res.on('close', () => (ended = true));
        resolve(stream);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const isProblem = (answer: { headers: IncomingHttpHeaders }) => String(answer.headers['content-type'] ?? '').startsWith('application/problem+json');

/**
 * Issue 18, an outside probe of the connections: the rate limiter keyed on the raw Authorization
 * header, connections without bounds (trickled bodies, unlimited event streams), and event
 * streams that outlived their token.
 */
describe('connections under probing (issue 18)', () => {
  let system: TestSystem;
  let second: NestFastifyApplication;
  let a: string;
  let b: string;
  let office: TestPerson;
  let orgId: string;
  const streams: Stream[] = [];
  const open = async (baseUrl: string, token: string) => {
    const stream = await openStream(baseUrl, token);
    streams.push(stream);
    return stream;
  };
  const hello = (stream: Stream) => eventually(async () => (stream.events[0]?.type === 'hello' ? true : undefined), 10_000, 'the hello');
  const ends = (stream: Stream, within = 10_000) => eventually(async () => (stream.ended() ? true : undefined), within, 'the stream to end');

  /** Waits (bounded) until the current one-minute window has at least `seconds` left, by the database's clock. */
  async function freshWindow(seconds = 25): Promise<void> {
    await eventually(async () => {
      const [{ left }] = await system.db.query(`SELECT 60 - extract(epoch FROM now())::numeric % 60 AS left`);
      return Number(left) >= seconds ? true : undefined;
    }, 45_000, 'a fresh rate-limit window');
  }

  beforeAll(async () => {
    system = await startSystem(env);
    a = system.baseUrl;
    // A second API instance on the same database, as behind a load balancer.
    second = await createApi(testConfig({ ...env, CHANGES_STREAMS_MAX: String(SECOND_STREAMS_MAX), CHANGES_RECHECK_MS: String(SECOND_RECHECK_MS) }), false);
    await second.listen({ port: 0, host: '127.0.0.1' });
    b = `http://127.0.0.1:${(second.getHttpServer().address() as { port: number }).port}`;
    office = await createPerson(system, 'project_office');
    orgId = (await createOrganization(system)).id;
  }, 90_000);

  afterAll(async () => {
    for (const s of streams) s.close();
    await second?.close();
    await system?.stop();
  });

  describe('rate limits per caller, shared by every instance', () => {
    it('limits made-up credentials per client address, whatever the header says (429 problem+json with Retry-After)', async () => {
      const revoked = await system.api.get(ApiTokenService).issue(office.person.id, 'revoked', null);
      await system.api.get(ApiTokenRepository).revoke(revoked.entity.id);
      const bogus = (i: number) =>
        [
          `Bearer gov_${randomBytes(32).toString('base64url')}`,
          `Bearer ${randomBytes(48).toString('base64url')}`,
          `Basic ${randomBytes(12).toString('base64')}`,
          `Bearer ${revoked.token}`,
          randomBytes(20).toString('hex'),
          `Bearer gov_${i}`,
        ][i % 6];
      const from = freshAddress();
      await freshWindow();
      const answers = [];
      for (let i = 0; i <= FAILED_AUTH; i++) answers.push(await call(a, 'GET', '/me', { from, authorization: bogus(i) }));
      expect(answers.map((r) => r.status)).toEqual([...Array(FAILED_AUTH).fill(401), 429]);
      const limited = answers[FAILED_AUTH];
      expect(isProblem(limited)).toBe(true);
      expect(limited.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
      // Still limited with yet another made-up token; another address is not; nor is a real caller at this one.
      expect((await call(a, 'GET', '/me', { from, authorization: bogus(1) })).status).toBe(429);
      expect((await call(a, 'GET', '/me', { from: freshAddress(), authorization: bogus(0) })).status).toBe(401);
      expect((await call(a, 'GET', '/me', { from, token: office.token })).status).toBe(200);
    });

    it('limits requests without credentials per client address, all but liveness', async () => {
      const from = freshAddress();
      await freshWindow();
      const statuses = [];
      for (let i = 0; i <= RATE; i++) statuses.push((await call(a, 'GET', '/me', { from })).status);
      expect(statuses).toEqual([...Array(RATE).fill(401), 429]);
      expect((await call(a, 'GET', '/health', { from })).status).toBe(429);
      // Liveness checks nothing behind the process, the rate limiter's counters in PostgreSQL included.
      expect((await call(a, 'GET', '/health/live', { from })).status).toBe(200);
    });

    it('gives one person one budget, however many tokens they hold', async () => {
      const anna = await createPerson(system, 'contact_person', { organizationId: orgId });
      const tokens = [anna.token];
      for (const name of ['laptop', 'skript']) tokens.push((await system.api.get(ApiTokenService).issue(anna.person.id, name, null)).token);
      await freshWindow();
      const statuses = [];
      // Each from another address too: the budget is the person's.
      for (let i = 0; i < RATE; i++) statuses.push((await call(a, 'GET', '/me', { token: tokens[i % 3] })).status);
      expect(statuses).toEqual(Array(RATE).fill(200));
      for (const token of tokens) {
        const limited = await call(a, 'GET', '/me', { token });
        expect(limited.status).toBe(429);
        expect(isProblem(limited)).toBe(true);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      }
      const erik = await createPerson(system, 'contact_person', { organizationId: orgId });
      expect((await call(a, 'GET', '/me', { token: erik.token })).status).toBe(200);
    });

    it('shares the budgets between two API instances on one database', async () => {
      const sara = await createPerson(system, 'manager');
      const from = freshAddress();
      await freshWindow();
      const statuses = [];
      for (let i = 0; i < RATE; i++) statuses.push((await call(i % 2 ? b : a, 'GET', '/me', { token: sara.token })).status);
      expect(statuses).toEqual(Array(RATE).fill(200));
      expect((await call(a, 'GET', '/me', { token: sara.token })).status).toBe(429);
      expect((await call(b, 'GET', '/me', { token: sara.token })).status).toBe(429);

      const failed = [];
      for (let i = 0; i <= FAILED_AUTH; i++) failed.push((await call(i % 2 ? b : a, 'GET', '/me', { from, authorization: `Bearer gov_${randomBytes(32).toString('base64url')}` })).status);
      expect(failed).toEqual([...Array(FAILED_AUTH).fill(401), 429]);
      expect((await call(b, 'GET', '/me', { from, authorization: 'Bearer gov_not-a-token-at-all' })).status).toBe(429);
    });
  });

  describe('bounded connections', () => {
    /** Sends `head` on a raw connection, then one more byte of `tail` every `everyMs` until the server closes it (or `tail` runs out). */
    async function trickle(baseUrl: string, head: string, tail: string, everyMs: number): Promise<{ closedAfterMs: number | null; received: string; close(): void }> {
      const url = new URL(baseUrl);
      const socket = net.connect({ host: url.hostname, port: Number(url.port), localAddress: freshAddress() });
      const result = { closedAfterMs: null as number | null, received: '', close: () => socket.destroy() };
      await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
      const started = Date.now();
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (result.received += chunk));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        result.closedAfterMs = Date.now() - started;
        clearInterval(timer);
      });
      socket.write(head);
      let sent = 0;
      const timer = setInterval(() => {
        if (sent >= tail.length || socket.destroyed) return clearInterval(timer);
        socket.write(tail[sent++]);
      }, everyMs);
      return result;
    }

    it('cuts off a request body trickled byte by byte at the request timeout, with 408 problem+json', async () => {
      const before = await system.db.query(`SELECT count(*)::int AS n FROM organizations`);
      const body = JSON.stringify({ name: 'Långsam förvaltning', type: 'department' });
      // Far more time than the request timeout: one byte every 400 ms, the body never completes in time.
      const head = `POST /organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${office.token}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
      const slow = await trickle(a, head, body, 400);
      try {
        await eventually(async () => (slow.closedAfterMs !== null ? true : undefined), REQUEST_TIMEOUT_MS + 8_000, 'the server closing the trickling connection');
      } finally {
        slow.close();
      }
      expect(slow.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
      expect(slow.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 3_000);
      expect(slow.received).toMatch(/^HTTP\/1\.1 408 /);
      expect(slow.received).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(slow.received.slice(slow.received.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 408, title: 'Request Timeout' });
      expect(await system.db.query(`SELECT count(*)::int AS n FROM organizations`)).toEqual(before);
    });

    it('closes a connection that trickles its headers at the headers timeout', async () => {
      const headers = Array.from({ length: 40 }, (_, i) => `X-Slow-${i}: ${i}\r\n`).join('');
      const slow = await trickle(a, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n', headers, 100);
      try {
        await eventually(async () => (slow.closedAfterMs !== null ? true : undefined), HEADERS_TIMEOUT_MS + 8_000, 'the server closing the slow headers');
      } finally {
        slow.close();
      }
      expect(slow.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 3_000);
      expect(slow.received).toMatch(/^HTTP\/1\.1 408 /);
    });

    it('keeps an event stream open past the request and idle timeouts', async () => {
      const erik = await createPerson(system, 'contact_person', { organizationId: orgId });
      const started = Date.now();
      const stream = await open(a, erik.token);
      expect(stream.status).toBe(200);
      await hello(stream);
      // Pings (every half idle timeout here) keep it open well past both timeouts.
      await eventually(async () => (stream.events.filter((e) => e.type === 'ping').length >= 3 || stream.ended() ? true : undefined), 20_000, 'three pings');
      expect(stream.ended()).toBe(false);
      expect(Date.now() - started).toBeGreaterThan(Math.max(REQUEST_TIMEOUT_MS, CONNECTION_TIMEOUT_MS));
      stream.close();
    });

    it("refuses a person's sixth stream with 429 while five are open, and takes one again once one closes", async () => {
      const lisa = await createPerson(system, 'contact_person', { organizationId: orgId });
      const five = [];
      for (let i = 0; i < STREAMS_PER_PERSON; i++) five.push(await open(a, lisa.token));
      for (const s of five) await hello(s);
      expect(five.map((s) => s.status)).toEqual(Array(STREAMS_PER_PERSON).fill(200));

      const sixth = await open(a, lisa.token);
      expect(sixth.status).toBe(429);
      expect(isProblem(sixth)).toBe(true);
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
      await ends(sixth);
      expect(JSON.parse(sixth.text)).toMatchObject({ status: 429, title: 'Too Many Requests' });
      // Someone else is not held back by it.
      const other = await open(a, (await createPerson(system, 'contact_person', { organizationId: orgId })).token);
      expect(other.status).toBe(200);

      five[0].close();
      const again = await eventually(async () => {
        const s = await open(a, lisa.token);
        if (s.status === 200) return s;
        s.close();
        return undefined;
      }, 10_000, 'a stream taken again');
      await hello(again);
      expect(five.slice(1).some((s) => s.ended())).toBe(false);
      for (const s of [...five, other, again]) s.close();

      // The OpenAPI document says so.
      const responses = (await call(a, 'GET', '/docs-json')).body.paths['/changes'].get.responses;
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(['401', '429', '503']));
      expect(responses['429'].description).toMatch(/streams open/);
    });

    it('refuses streams beyond what one API process takes in all with 503', async () => {
      const people = await Promise.all([1, 2, 3, 4].map(() => createPerson(system, 'contact_person', { organizationId: orgId })));
      const held = [];
      for (const p of people.slice(0, SECOND_STREAMS_MAX)) held.push(await open(b, p.token));
      for (const s of held) await hello(s);
      const refused = await open(b, people[3].token);
      expect(refused.status).toBe(503);
      expect(isProblem(refused)).toBe(true);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // The other instance has room of its own.
      expect((await open(a, people[3].token)).status).toBe(200);

      held[0].close();
      const again = await eventually(async () => {
        const s = await open(b, people[3].token);
        if (s.status === 200) return s;
        s.close();
        return undefined;
      }, 10_000, 'a stream taken again');
      await hello(again);
      for (const s of [...held, again]) s.close();
    });
  });

  describe('streams end with their credentials', () => {
    /** A contact person with a token whose id is known, and a stream of theirs on `baseUrl`. */
    async function streaming(baseUrl: string, expiresAt: Date | null = null) {
      const person = await createPerson(system, 'contact_person', { organizationId: orgId });
      const issued = await system.api.get(ApiTokenService).issue(person.person.id, 'ström', expiresAt);
      const stream = await open(baseUrl, issued.token);
      expect(stream.status).toBe(200);
      await hello(stream);
      return { person, token: issued.token, tokenId: issued.entity.id, stream };
    }

    // Instance A checks open streams only every 30 s (the default): an end within seconds there is the announcement's doing.
    it('ends a stream at once when its token is revoked (DELETE /tokens/:id), in the same process and in another', async () => {
      const bystander = await streaming(a);
      const here = await streaming(a);
      expect((await call(a, 'DELETE', `/tokens/${here.tokenId}`, { token: office.token })).status).toBe(204);
      await ends(here.stream, 10_000);

      const there = await streaming(a);
      expect((await call(b, 'DELETE', `/tokens/${there.tokenId}`, { token: office.token })).status).toBe(204);
      await ends(there.stream, 10_000);

      // Reconnecting with the revoked token is refused; the others' streams go on.
      expect((await openStream(a, here.token)).status).toBe(401);
      expect(bystander.stream.ended()).toBe(false);
      expect((await call(a, 'GET', '/me', { token: bystander.token })).status).toBe(200);
      bystander.stream.close();
    });

    it('ends a stream when its person is deleted', async () => {
      const gone = await streaming(a);
      expect((await call(b, 'DELETE', `/persons/${gone.person.person.id}`, { token: office.token })).status).toBe(204);
      await ends(gone.stream, 10_000);
      expect((await openStream(a, gone.token)).status).toBe(401);
    });

    it('ends a stream when its person is erased', async () => {
      const erased = await streaming(a);
      expect((await call(a, 'POST', `/persons/${erased.person.person.id}/erase`, { token: office.token })).status).toBe(200);
      await ends(erased.stream, 10_000);
      expect((await openStream(a, erased.token)).status).toBe(401);
    });

    it('ends a stream whose token expires, at the next periodic check', async () => {
      // Nothing announces an expiry: the second instance's check twice a second notices it.
      const expiring = await streaming(b, new Date(Date.now() + 2_000));
      const lasting = await streaming(b);
      await ends(expiring.stream, 10_000);
      expect((await openStream(b, expiring.token)).status).toBe(401);
      expect(lasting.stream.ended()).toBe(false);
      lasting.stream.close();
    });
  });
});
