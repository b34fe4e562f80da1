import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ClosableConnection } from '@gov/temporal';
import { createApiClient, type ApiClient } from '@gov/api-client';
import pg from 'pg';
import {
  firstApiToken,
  freePort,
  projectRoot,
  resolveTemporalCli,
  startEmbeddedPostgres,
  startTemporalDevServer,
  stopProcess,
  type RunningPostgres,
  type TemporalDevServer,
} from '@gov/devstack';
import { SmtpSink } from '../libs/devstack/src/smtp-sink.js';
import { inParallel, quantile, waitFor as until } from '../bench/support/stack.js';

export { inParallel, quantile, until };

const root = projectRoot();

/** One of the system's own processes (API, worker, notifier), which a scenario can kill and start again. */
export class Proc {
  child?: ChildProcess;
  kills = 0;
  private readonly log;

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: NodeJS.ProcessEnv,
    logDir: string,
  ) {
    this.log = createWriteStream(path.join(logDir, `${name}.log`), { flags: 'a' });
  }

  start(): ChildProcess {
    const child = spawn(process.execPath, [path.join(root, 'dist', this.script)], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(this.log, { end: false });
    child.stderr!.pipe(this.log, { end: false });
    this.child = child;
    return child;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL: no shutdown hook runs; whatever was in flight is simply lost. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.kills++;
  }

  async stop(): Promise<void> {
    if (this.child && this.running) await stopProcess(this.child, 'SIGTERM', 15_000);
    this.log.end();
  }
}

/**
 * The whole system as separate processes a scenario can break: embedded PostgreSQL, the Temporal
 * dev server on a SQLite file (kept across restarts), an SMTP sink, and the API, worker and notifier
 * exactly as `npm start` runs them.
 */
export class ChaosStack {
  baseUrl = '';
  token = '';
  temporal!: Client;
  db!: pg.Pool;
  api!: Proc;
  worker!: Proc;
  notifier!: Proc;
  private connection?: ClosableConnection;
  private postgres?: RunningPostgres;
  private temporalServer?: TemporalDevServer;
  private cliPath = '';
  private readonly work = mkdtempSync(path.join(os.tmpdir(), 'governance-chaos-'));
  private pgPort = 0;
  private temporalPort = 0;

  taskQueue = '';

  private constructor(readonly sink: SmtpSink) {}

  /** While this file exists the API kills itself between a command's commit and its delivery to Temporal. */
  get failpointFile(): string {
    return path.join(this.work, 'kill-before-delivery');
  }

  /** Starts the API again (after a kill) and waits until it answers. */
  async restartApi(): Promise<void> {
    if (!this.api.running) this.api.start();
    await until(async () => (await this.client.GET('/health/live', { parseAs: 'text' }).catch(() => undefined))?.response.ok === true, 60_000, 'the API again', 100);
  }

  static async start(env: NodeJS.ProcessEnv = {}): Promise<ChaosStack> {
    const stack = new ChaosStack(await SmtpSink.start({ parse: 'headers' }));
    await stack.boot(env);
    return stack;
  }

  get logDir(): string {
    return this.work;
  }

  private async boot(extra: NodeJS.ProcessEnv): Promise<void> {
    chmodSync(this.work, 0o755);
    this.cliPath = await resolveTemporalCli({ toolsDir: path.join(root, '.tools'), log: (m) => console.error(m) });
    this.pgPort = await freePort();
    this.temporalPort = await freePort();
    await Promise.all([this.startPostgres(), this.startTemporal()]);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: this.postgres!.url,
      TEMPORAL_ADDRESS: `127.0.0.1:${this.temporalPort}`,
      TEMPORAL_TASK_QUEUE: `chaos-${randomUUID()}`,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '10000000',
      OUTBOX_POLL_MS: '100',
      SMTP_URL: this.sink.url,
      // The crash-before-delivery scenario turns this fault point on by creating the file.
      FAILPOINT_KILL_BEFORE_DELIVERY: this.failpointFile,
      ...extra,
    };
    this.taskQueue = env.TEMPORAL_TASK_QUEUE!;
    this.api = new Proc('api', 'apps/api/src/main.js', env, this.work);
    this.worker = new Proc('worker', 'apps/worker/src/main.js', env, this.work);
    this.notifier = new Proc('notifier', 'apps/notifier/src/main.js', env, this.work);
    this.token = await firstApiToken(this.api.start(), 90_000);
    this.baseUrl = `http://127.0.0.1:${port}`;
    await until(async () => (await this.client.GET('/health/live', { parseAs: 'text' }).catch(() => undefined))?.response.ok === true, 60_000, 'the API');
    this.worker.start();
    this.notifier.start();
    this.connection = await ClosableConnection.connect({ address: `127.0.0.1:${this.temporalPort}` });
    this.temporal = new Client({ connection: this.connection.connection });
    this.db = new pg.Pool({ connectionString: this.postgres!.url, max: 2 });
    this.db.on('error', () => undefined); // the pool outlives PostgreSQL restarts
  }

  async startPostgres(): Promise<void> {
    this.postgres = await startEmbeddedPostgres({ dataDir: path.join(this.work, 'postgres'), port: this.pgPort, database: 'governance_chaos' });
  }

  async stopPostgres(): Promise<void> {
    await this.postgres?.stop();
  }

  async startTemporal(): Promise<void> {
    this.temporalServer = await startTemporalDevServer({ cliPath: this.cliPath, port: this.temporalPort, dbFile: path.join(this.work, 'temporal.sqlite'), logFile: path.join(this.work, 'temporal.log') });
  }

  /** SIGKILL the Temporal server, start it again on its SQLite file; resolves with the ms until it answers again. */
  async restartTemporal(): Promise<number> {
    await this.temporalServer?.stop('SIGKILL');
    const t0 = Date.now();
    await this.startTemporal();
    return Date.now() - t0;
  }

  #client?: ApiClient;
  /**
   * The API client generated from the contract, with the first project-office token (no retries:
   * a scenario sees every refusal and every dropped connection as it happens).
   */
  get client(): ApiClient {
    return (this.#client ??= createApiClient({ baseUrl: this.baseUrl, token: () => this.token }));
  }

  async stop(): Promise<void> {
    await Promise.all([this.api, this.worker, this.notifier].filter(Boolean).map((p) => p.stop()));
    await this.connection?.close();
    await this.db?.end().catch(() => undefined);
    await this.temporalServer?.stop();
    await this.postgres?.stop();
    await this.sink.stop();
    if (!process.env.CHAOS_KEEP_LOGS) rmSync(this.work, { recursive: true, force: true });
  }
}
