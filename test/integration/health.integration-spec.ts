import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { answer as call, createApiClient } from '@gov/api-client';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { freePort, startEmbeddedPostgres, type RunningPostgres } from '@gov/devstack';
import { createApi } from '../../apps/api/src/create-api.js';
import { testConfig } from '../support/system.js';

async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
}

describe('/health when a component is down', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('answers 503 with temporal down and database up when Temporal is unreachable', async () => {
    const closedPort = await freePort();
    const app = await createApi(testConfig({ TEMPORAL_ADDRESS: `127.0.0.1:${closedPort}` }), false);
    cleanups.push(() => app.close());
    const res = await call(createApiClient({ baseUrl: await listen(app) }).GET('/health'));
    expect(res.status).toBe(503);
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.temporal.status).toBe('down');
  });

  it('answers 503 with database down when PostgreSQL stops under a running API, and 200 once it is back', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'governance-health-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    const start = () => startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, database: 'health' });
    let pg: RunningPostgres = await start();
    cleanups.push(async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    const app = await createApi(testConfig({ DATABASE_URL: pg.url }), false);
    cleanups.push(() => app.close());
    const api = createApiClient({ baseUrl: await listen(app) });

    expect((await call(api.GET('/health'))).status).toBe(200);
    await pg.stop();
    const down = await call(api.GET('/health'));
    expect(down.status).toBe(503);
    expect(down.body.details).toMatchObject({ database: { status: 'down' }, temporal: { status: 'up' } });
    // Liveness only says the process answers, so an orchestrator does not restart it for a database outage.
    expect(await call(api.GET('/health/live'))).toMatchObject({ status: 200, body: { status: 'ok' } });

    pg = await start();
    const up = await call(api.GET('/health'));
    expect(up.status).toBe(200);
  });
});
