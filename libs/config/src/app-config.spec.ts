import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

const base = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' };

describe('configuration', () => {
  it('refuses to start in production without PUBLIC_URL: links never come from a request', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/PUBLIC_URL: required in production/);
    expect(loadConfig({ ...base, NODE_ENV: 'production', PUBLIC_URL: 'https://styrning.vasteras.se' }).publicUrl).toBe('https://styrning.vasteras.se');
    // Outside production the local address stands in.
    expect(loadConfig({ ...base, PORT: '3100' }).publicUrl).toBe('http://127.0.0.1:3100');
  });

  it('keeps mail under DATA_DIR unless MAIL_DIR says otherwise', () => {
    expect(loadConfig({ ...base, DATA_DIR: '/srv/governance' }).mail.dir).toBe('/srv/governance/mail');
    expect(loadConfig({ ...base, DATA_DIR: '/srv/governance', MAIL_DIR: '/var/mail/gov' }).mail.dir).toBe('/var/mail/gov');
    expect(loadConfig(base).mail.dir).toBe('.data/mail');
  });

  it('reads the webhook allow-list as addresses and ranges, and refuses anything else', () => {
    expect(loadConfig({ ...base, WEBHOOK_ALLOWED_TARGETS: '10.20.0.0/16, 127.0.0.1,::1' }).webhooks.allowedTargets).toEqual(['10.20.0.0/16', '127.0.0.1', '::1']);
    expect(loadConfig(base).webhooks.allowedTargets).toEqual([]);
    expect(() => loadConfig({ ...base, WEBHOOK_ALLOWED_TARGETS: 'intranet.local' })).toThrow(/WEBHOOK_ALLOWED_TARGETS/);
  });
});
