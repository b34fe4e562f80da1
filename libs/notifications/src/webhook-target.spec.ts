import { describe, expect, it } from '@jest/globals';
import { WebhookTargetPolicy } from './webhook-target.js';

describe('webhook targets', () => {
  const strict = new WebhookTargetPolicy([]);

  it('permits public unicast addresses only', () => {
    for (const address of ['93.184.215.14', '2a00:1450:4010:c05::64', '::ffff:93.184.215.14']) expect(strict.permits(address)).toBe(true);
    const internal = ['169.254.169.254', '127.0.0.1', '127.1.2.3', '10.0.0.5', '172.16.3.4', '192.168.1.10', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:169.254.169.254', '224.0.0.1'];
    for (const address of internal) expect([address, strict.permits(address)]).toEqual([address, false]);
    expect(strict.permits('not-an-address')).toBe(false);
  });

  it('permits what the allow-list names, and nothing more', () => {
    const allowing = new WebhookTargetPolicy(['127.0.0.1', '10.20.0.0/16', 'fd00::/8']);
    expect(allowing.permits('127.0.0.1')).toBe(true);
    expect(allowing.permits('::ffff:127.0.0.1')).toBe(true);
    expect(allowing.permits('127.0.0.2')).toBe(false);
    expect(allowing.permits('10.20.7.1')).toBe(true);
    expect(allowing.permits('10.21.0.1')).toBe(false);
    expect(allowing.permits('fd12::1')).toBe(true);
    expect(allowing.permits('169.254.169.254')).toBe(false);
  });

  it('names the problem with a URL whose host is an internal address, in any spelling', async () => {
    for (const url of ['http://169.254.169.254/latest/meta-data', 'http://0x7f000001/', 'http://2130706433:8080/x', 'http://[::1]/hook', 'http://[::ffff:7f00:1]/', 'http://localhost:9/hook', 'https://10.1.2.3/']) {
      expect([url, await strict.problemWith(url)]).toEqual([url, expect.stringMatching(/non-public address/)]);
    }
    expect(await strict.problemWith('https://93.184.215.14/hook')).toBeNull();
  });
});
