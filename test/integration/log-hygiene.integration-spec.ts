import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer, createApiClient } from '@gov/api-client';
import { personBody } from '@gov/devstack';
import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '../../apps/api/src/create-api.js';
import { createPerson } from '../support/people.js';
import { invalid, testConfig, type TestSystem } from '../support/system.js';

/** Collects every line the API logs, at every level. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  private capture = (...parts: unknown[]) => void this.lines.push(parts.map((p) => (p instanceof Error ? `${p.message} ${p.stack}` : String(p))).join(' '));
  log = this.capture;
  error = this.capture;
  warn = this.capture;
  debug = this.capture;
  verbose = this.capture;
  fatal = this.capture;
}

describe('log hygiene', () => {
  const logger = new CapturingLogger();
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    app = await createApi(testConfig({ LOG_LEVEL: 'verbose', OIDC_ISSUER: 'http://127.0.0.1:9/', OIDC_AUDIENCE: 'governance-api' }), logger);
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('never writes tokens, names or email addresses to the log, whatever happens', async () => {
    const { token } = await createPerson({ api: app } as TestSystem, 'project_office');
    const secrets = [token, 'Lisa Lönn', 'lisa.lonn@example.se', 'gov_forgedTokenThatDoesNotExist000000000', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'];

    const as = (t?: string) => createApiClient({ baseUrl, token: t });
    await answer(as(token).POST('/persons', { body: personBody({ displayName: 'Lisa Lönn', email: 'lisa.lonn@example.se', role: 'manager' }) }));
    await answer(as(token).POST('/persons', { body: personBody({ displayName: 'Lisa Lönn', email: 'lisa.lonn@example.se', role: 'manager' }) })); // 409
    await answer(as(token).POST('/persons', { body: personBody({ displayName: 'Lisa Lönn', email: 'lisa.lonn@example.se', role: invalid('nope') }) })); // 400
    await answer(as(secrets[3]).GET('/me')); // unknown API token
    await answer(as(secrets[4]).GET('/me')); // OIDC token, issuer unreachable
    await answer(as().GET('/health'));

    expect(logger.lines.length).toBeGreaterThan(5);
    const leaks = logger.lines.filter((line) => secrets.some((s) => line.includes(s)));
    expect(leaks).toEqual([]);
  });
});
