import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call, createApiClient, ok } from '@gov/api-client';
import { FIRST_TOKEN_PATTERN, freePort, projectRoot, stopProcess } from '@gov/devstack';
import { eventually } from '../support/system.js';

const run = promisify(execFile);

/**
 * The README's start command as a user runs it: `node dist/scripts/start.js` brings up embedded
 * PostgreSQL, the Temporal dev server (SQLite file, Web UI), Mailpit, the worker and the API; Ctrl-C stops
 * everything; starting again keeps programs and their running workflows.
 */
describe('the one-command launcher', () => {
  const root = projectRoot();
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let ports: { api: number; pg: number; temporal: number; ui: number; mail: number; smtp: number };
  let launcher: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'governance-launcher-'));
    chmodSync(dataDir, 0o755);
    ports = { api: await freePort(), pg: await freePort(), temporal: await freePort(), ui: await freePort(), mail: await freePort(), smtp: await freePort() };
    env = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(ports.api),
      PG_PORT: String(ports.pg),
      TEMPORAL_PORT: String(ports.temporal),
      TEMPORAL_UI_PORT: String(ports.ui),
      TEMPORAL_CLI_PATH: process.env.TEST_TEMPORAL_CLI,
      MAILPIT_PORT: String(ports.mail),
      MAILPIT_SMTP_PORT: String(ports.smtp),
      MAILPIT_PATH: process.env.TEST_MAILPIT_PATH,
      LOG_LEVEL: 'log',
    };
    // The launcher must start its own servers, not reuse the test stack's.
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
    delete env.SMTP_URL;
    delete env.WORKFLOW_BUNDLE_PATH;
  });

  afterAll(async () => {
    if (launcher) await stopProcess(launcher, 'SIGINT', 30_000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const baseUrl = () => `http://127.0.0.1:${ports.api}`;

  async function startLauncher(): Promise<void> {
    output = '';
    launcher = spawn(process.execPath, [path.join(root, 'dist/scripts/start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    launcher.stdout!.on('data', (d) => (output += d));
    launcher.stderr!.on('data', (d) => (output += d));
    await eventually(async () => {
      if (launcher!.exitCode !== null) throw new Error(`launcher exited early:\n${output}`);
      const res = await call(createApiClient({ baseUrl: baseUrl() }).GET('/health')).catch(() => undefined);
      return res?.status === 200 ? res : undefined;
    }, 90_000, 'the launched API to report healthy');
  }

  async function interrupt(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => launcher!.once('exit', (code) => resolve(code)));
    launcher!.kill('SIGINT');
    const code = await exited;
    launcher = undefined;
    return code;
  }

  it('starts everything, keeps programs and workflows across Ctrl-C and a restart', async () => {
    await startLauncher();
    expect(output).toContain(`API listening on http://127.0.0.1:${ports.api}`);
    expect(output).toContain(`OpenAPI docs on http://127.0.0.1:${ports.api}/docs`);
    expect(output).toContain(`Temporal Web UI on http://127.0.0.1:${ports.ui}`);
    expect((await fetch(`http://127.0.0.1:${ports.ui}/`)).status).toBe(200);
    // Mailpit is the mail server: its address printed once the API's are, its API answering.
    const mail = await eventually(async () => (output.includes(`Mail: http://127.0.0.1:${ports.mail} (Mailpit)`) ? output : undefined), 30_000, 'the Mailpit address');
    expect(mail).toContain('Notifier delivering the outbox over SMTP');
    expect(await (await fetch(`http://127.0.0.1:${ports.mail}/api/v1/messages`)).json()).toMatchObject({ total: 0 });

    // The first start with an empty database prints the first project-office token once.
    const token = FIRST_TOKEN_PATTERN.exec(output)?.[1];
    expect(token).toBeDefined();
    // Printed once (the curl example says $TOKEN), and it expires: it is for getting started.
    expect(output.split(token!).length - 1).toBe(1);
    expect(output).toMatch(/Rotate it: issue a personal token/);
    const [bootstrap] = await ok(createApiClient({ baseUrl: baseUrl(), token }).GET('/me/tokens'));
    expect(bootstrap.name).toBe('bootstrap');
    expect(new Date(bootstrap.expiresAt!).getTime()).toBeLessThanOrEqual(Date.now() + 7 * 86_400_000);
    const created = await call(createApiClient({ baseUrl: baseUrl(), token }).POST('/programs', { body: { templateKey: 'skola-forst', name: 'Skola först' } }));
    expect(created.status).toBe(201);
    const workflowId = created.body.workflowId as string;
    const cli = process.env.TEST_TEMPORAL_CLI!;
    const address = `127.0.0.1:${ports.temporal}`;
    const listed = await eventually(async () => {
      const { stdout } = await run(cli, ['workflow', 'list', '--address', address, '--output', 'json']);
      return stdout.includes(workflowId) ? stdout : undefined;
    }, 15_000, '`temporal workflow list` to show the program');
    expect(listed).toContain('governanceProgram');
    const before = JSON.parse((await run(cli, ['workflow', 'describe', '-w', workflowId, '--address', address, '--output', 'json'])).stdout);

    expect(await interrupt()).toBe(0);
    expect(output).toContain('Stopping Mailpit…');
    expect(output).toContain('Stopped.');
    await expect(createApiClient({ baseUrl: baseUrl() }).GET('/health')).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${ports.mail}/api/v1/info`)).rejects.toThrow();

    await startLauncher();
    expect(output).not.toContain('API token (shown once');
    const again = await call(createApiClient({ baseUrl: baseUrl(), token }).GET('/programs/{id}', { params: { path: { id: created.data!.id } } }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: created.body.id, name: 'Skola först', live: { status: 'active', currentPhaseKey: 'needs-analysis' } });
    const after = JSON.parse((await run(cli, ['workflow', 'describe', '-w', workflowId, '--address', address, '--output', 'json'])).stdout);
    expect(after.workflowExecutionInfo.execution.runId).toBe(before.workflowExecutionInfo.execution.runId);
    expect(after.workflowExecutionInfo.status).toBe('WORKFLOW_EXECUTION_STATUS_RUNNING');

    expect(await interrupt()).toBe(0);
  });
});
