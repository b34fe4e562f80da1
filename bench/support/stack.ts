import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ClosableConnection } from '@gov/temporal';
import { createApiClient, type ApiClient } from '@gov/api-client';
import pg from 'pg';
import { firstApiToken, freePort, pollUntil, projectRoot, resolveTemporalCli, startEmbeddedPostgres, startTemporalDevServer, stopProcess } from '@gov/devstack';

const root = projectRoot();

/**
 * BENCH_PROFILE=<dir>: every process of the stack writes a V8 CPU profile (`node --cpu-prof`) when it
 * exits, into <dir>/<role> (api, worker, notifier); open them in Chrome DevTools or
 * speedscope, or summarise them with `node dist/bench/profile-summary.js <dir>`.
 */
function profileFlags(script: string): string[] {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return [];
  const role = path.basename(path.dirname(path.dirname(script)));
  return ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir, role)}`];
}

/**
 * A freshly started local stack for one benchmark: embedded PostgreSQL, the Temporal dev server, and
 * the API, workers and notifier as their own processes — exactly what `npm start` runs. The
 * benchmark talks to the API over HTTP with the first project-office token the API prints, like a
 * new user would, through the client generated from the contract (`stack.client`); it reads PostgreSQL and Temporal only to observe.
 */
export interface BenchStack {
  env: NodeJS.ProcessEnv;
  baseUrl: string;
  token: string;
  /** The API client generated from the contract, as the bench's project-office account (the first token). */
  client: ApiClient;
  temporal: Client;
  db: pg.Pool;
  /** The API process (for its memory). */
  apiProcess: ChildProcess;
  workers: ChildProcess[];
  notifier?: ChildProcess;
  /** Starts one more worker process on the stack's task queue. */
  addWorker(): ChildProcess;
  stop(): Promise<void>;
}

export interface StackOptions {
  workers?: number;
  notifier?: boolean;
  env?: NodeJS.ProcessEnv;
}

export async function startStack(options: StackOptions = {}): Promise<BenchStack> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'governance-bench-'));
  chmodSync(work, 0o755);
  const cliPath = await resolveTemporalCli({ toolsDir: path.join(root, '.tools'), log: (m) => console.error(m) });
  const [postgres, temporalServer] = await Promise.all([
    startEmbeddedPostgres({ dataDir: path.join(work, 'postgres'), port: await freePort(), database: 'governance_bench' }),
    startTemporalDevServer({ cliPath, port: await freePort(), logFile: path.join(work, 'temporal.log') }),
  ]);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: temporalServer.address,
    TEMPORAL_TASK_QUEUE: `bench-${randomUUID()}`,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '10000000',
    OUTBOX_POLL_MS: '100',
    MAIL_DIR: path.join(work, 'mail'),
    ...options.env,
  };
  const children: ChildProcess[] = [];
  const launch = (script: string, stdout: 'inherit' | 'pipe' = 'inherit') => {
    const child = spawn(process.execPath, [...profileFlags(script), path.join(root, 'dist', script)], { env, stdio: ['ignore', stdout, 'inherit'] });
    children.push(child);
    return child;
  };

  const api = launch('apps/api/src/main.js', 'pipe');
  const token = await firstApiToken(api);
  api.stdout!.resume();
  const baseUrl = `http://127.0.0.1:${port}`;
  const client = createApiClient({ baseUrl, token });
  // The token is printed while the API starts; it answers once it listens.
  await waitFor(async () => (await client.GET('/health/live', { parseAs: 'text' }).catch(() => undefined))?.response.ok === true, 60_000, 'the API to listen', 100);

  const workers: ChildProcess[] = [];
  const addWorker = () => {
    const w = launch('apps/worker/src/main.js');
    workers.push(w);
    return w;
  };
  for (let i = 0; i < (options.workers ?? 1); i++) addWorker();
  const notifier = options.notifier ? launch('apps/notifier/src/main.js') : undefined;

  const connection = await ClosableConnection.connect({ address: temporalServer.address });
  const temporal = new Client({ connection: connection.connection });
  const db = new pg.Pool({ connectionString: postgres.url, max: 2 });

  return {
    env,
    baseUrl,
    token,
    client,
    temporal,
    db,
    apiProcess: api,
    workers,
    notifier,
    addWorker,
    async stop() {
      await Promise.all(children.map((c) => stopProcess(c, 'SIGTERM', 15_000)));
      await connection.close();
      await db.end();
      await temporalServer.stop();
      await postgres.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Peak resident memory of a process so far (Linux /proc VmHWM), in MiB. */
export function peakRssMiB(child: ChildProcess | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child?.pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds a process has used (Linux /proc), to show how work spread over processes. */
export function cpuSeconds(child: ChildProcess | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${child?.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

/** Runs fn over items with at most `limit` in flight. */
export async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

/** The q-quantile (0..1) of a list of numbers, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string, intervalMs = 50): Promise<void> {
  await pollUntil(async () => ((await check()) ? true : undefined), timeoutMs, what, intervalMs);
}
