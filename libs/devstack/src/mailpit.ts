import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, createWriteStream, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { stopProcess } from './child-process.js';
import { freePort, waitForPort } from './free-port.js';
import { resolveGoTool, runTool, type ResolveToolOptions } from './go-tool.js';
import { pollUntil } from './poll.js';

/** Mailpit (https://mailpit.axllent.org): an SMTP server that keeps what it receives, with a web UI and an API. */
export const MAILPIT_MODULE = 'github.com/axllent/mailpit';
export const MAILPIT_VERSION = 'v1.33.1';

export class MailpitNotFoundError extends Error {}

/**
 * Finds Mailpit: MAILPIT_PATH, then `mailpit` on PATH, then the project's tools folder, and as a
 * last resort builds it there from the Go module.
 */
export function resolveMailpit(options: ResolveToolOptions): Promise<string> {
  return resolveGoTool(
    {
      binary: 'mailpit',
      title: 'Mailpit',
      module: `${MAILPIT_MODULE}@${MAILPIT_VERSION}`,
      envVar: 'MAILPIT_PATH',
      alternatives: ['set SMTP_URL to another SMTP server (the launcher then starts no Mailpit)'],
      error: MailpitNotFoundError,
      build: buildMailpit,
    },
    options,
  );
}

const run = promisify(execFile);
/** The web UI's entry point; the API docs page (docs.js, RapiDoc) is left out. */
const UI_BUILD_SCRIPT = `import * as esbuild from 'esbuild';
import pluginVue from 'esbuild-plugin-vue-next';
import { sassPlugin } from 'esbuild-sass-plugin';
await esbuild.build({
  entryPoints: ['server/ui-src/app.js'], bundle: true, minify: true, outdir: 'server/ui/dist/', logLevel: 'warning',
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  plugins: [pluginVue(), sassPlugin({ silenceDeprecations: ['import'], quietDeps: true })],
  loader: { '.svg': 'file', '.woff': 'file', '.woff2': 'file' },
});
`;

/**
 * The Go module does not carry Mailpit's web UI (its release builds bundle it with npm first, and a
 * plain `go install` gives a blank page): the source is copied from the module cache, the UI bundled
 * with esbuild, then `go build` embeds it. Without npm or the registry the build goes on without
 * the UI: the SMTP server and the API work all the same.
 */
async function buildMailpit({ go, binDir, log }: { go: string; binDir: string; log: (message: string) => void }): Promise<void> {
  const env = { ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' };
  const module = `${MAILPIT_MODULE}@${MAILPIT_VERSION}`;
  const { stdout } = await run(go, ['mod', 'download', '-json', module], { env, maxBuffer: 1 << 20 }).catch((err: Error & { stdout?: string }) => {
    throw new MailpitNotFoundError(`go mod download ${module} failed: ${err.stdout || err.message}`);
  });
  const moduleDir = (JSON.parse(stdout) as { Dir: string }).Dir;
  // One folder per build, so that two test runs building at once do not share one.
  const source = path.join(path.dirname(binDir), 'src', `mailpit@${MAILPIT_VERSION}-${process.pid}`);
  cpSync(moduleDir, source, { recursive: true });
  try {
    makeWritable(source); // the module cache is read-only
    await bundleUi(source, log);
    mkdirSync(binDir, { recursive: true });
    const ldflags = `-X github.com/axllent/mailpit/config.Version=${MAILPIT_VERSION}`;
    const built = path.join(source, 'mailpit.built');
    await runTool(go, ['build', '-ldflags', ldflags, '-o', built, '.'], { cwd: source, env, error: MailpitNotFoundError });
    renameSync(built, path.join(binDir, 'mailpit')); // whole, or not there yet
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}

/** Bundles the web UI into server/ui/dist, where `go build` embeds it; on failure Mailpit is built without it. */
async function bundleUi(source: string, log: (message: string) => void): Promise<void> {
  try {
    log('Bundling Mailpit’s web UI (npm install, esbuild)…');
    const upstream = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const { rapidoc: _docsOnly, ...dependencies } = upstream.dependencies;
    const bundler = ['esbuild', 'esbuild-plugin-vue-next', 'esbuild-sass-plugin', '@vue/compiler-sfc'];
    const manifest = { name: 'mailpit-ui', private: true, type: 'module', dependencies: { ...dependencies, ...Object.fromEntries(bundler.map((p) => [p, upstream.devDependencies[p]])) } };
    writeFileSync(path.join(source, 'package.json'), JSON.stringify(manifest, null, 2));
    // The upstream lock also pins linters, Playwright and the docs page: resolved afresh, only what the UI needs.
    rmSync(path.join(source, 'package-lock.json'), { force: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    await runTool(npm, ['install', '--ignore-scripts', '--omit=peer', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], { cwd: source });
    writeFileSync(path.join(source, 'build-ui.mjs'), UI_BUILD_SCRIPT);
    await runTool(process.execPath, ['build-ui.mjs'], { cwd: source });
  } catch (err) {
    log(`Mailpit’s web UI could not be bundled (${(err as Error).message}); building Mailpit without it — SMTP and its API still work.`);
  }
}

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) makeWritable(file);
    else chmodSync(file, 0o644);
  }
}

export interface MailpitOptions {
  binPath: string;
  host?: string;
  /** SMTP port; a free one by default. */
  smtpPort?: number;
  /** Web UI and API port; a free one by default. */
  httpPort?: number;
  /** SQLite file that keeps mail across restarts; omit for a temporary one, deleted when Mailpit stops. */
  dbFile?: string;
  /** Where Mailpit's own output goes; discarded without. */
  logFile?: string;
  startTimeoutMs?: number;
}

export interface MailpitAddress {
  Name: string;
  Address: string;
}

/** A message in Mailpit's list (GET /api/v1/messages, /api/v1/search). */
export interface MailpitSummary {
  ID: string;
  MessageID: string;
  From: MailpitAddress;
  To: MailpitAddress[];
  Subject: string;
  Created: string;
  Snippet: string;
  Attachments: number;
}

export interface MailpitAttachment {
  PartID: string;
  FileName: string;
  ContentType: string;
  Size: number;
}

/** One message (GET /api/v1/message/{ID}). */
export interface MailpitMessage {
  ID: string;
  MessageID: string;
  From: MailpitAddress;
  To: MailpitAddress[];
  Subject: string;
  Text: string;
  HTML: string;
  Inline: MailpitAttachment[];
  Attachments: MailpitAttachment[];
}

/** A running Mailpit: where to send mail, where to read it, and its REST API. */
export class Mailpit {
  constructor(
    readonly process: ChildProcess,
    readonly host: string,
    readonly smtpPort: number,
    readonly httpPort: number,
  ) {}

  /** For SMTP_URL. */
  get smtpUrl(): string {
    return `smtp://${this.host}:${this.smtpPort}`;
  }

  /** The web UI (the API is under /api/v1). */
  get webUrl(): string {
    return `http://${this.host}:${this.httpPort}`;
  }

  /** The newest messages first (at most `limit`). */
  async messages(limit = 200): Promise<MailpitSummary[]> {
    return (await this.json<{ messages: MailpitSummary[] }>(`/api/v1/messages?limit=${limit}`)).messages;
  }

  /** Messages matching a Mailpit search (`to:anna@example.se subject:"Påminnelse"`), newest first. */
  async search(query: string, limit = 200): Promise<MailpitSummary[]> {
    return (await this.json<{ messages: MailpitSummary[] }>(`/api/v1/search?query=${encodeURIComponent(query)}&limit=${limit}`)).messages;
  }

  message(id: string): Promise<MailpitMessage> {
    return this.json<MailpitMessage>(`/api/v1/message/${encodeURIComponent(id)}`);
  }

  /** A part of a message (an attachment, a calendar invitation) as text. */
  async part(id: string, partId: string): Promise<string> {
    return (await this.get(`/api/v1/message/${encodeURIComponent(id)}/part/${encodeURIComponent(partId)}`)).text();
  }

  /** The message's headers, unfolded, by name (`X-Idempotency-Key`). */
  headers(id: string): Promise<Record<string, string[]>> {
    return this.json<Record<string, string[]>>(`/api/v1/message/${encodeURIComponent(id)}/headers`);
  }

  /** The message as it arrived (RFC 5322). */
  async raw(id: string): Promise<string> {
    return (await this.get(`/api/v1/message/${encodeURIComponent(id)}/raw`)).text();
  }

  async stop(): Promise<void> {
    await stopProcess(this.process, 'SIGTERM');
  }

  private async get(pathAndQuery: string): Promise<Response> {
    const res = await fetch(`${this.webUrl}${pathAndQuery}`);
    if (!res.ok) throw new Error(`Mailpit answered ${res.status} to GET ${pathAndQuery}`);
    return res;
  }

  private async json<T>(pathAndQuery: string): Promise<T> {
    return (await this.get(pathAndQuery)).json() as Promise<T>;
  }
}

/** Starts Mailpit on loopback and resolves once both its SMTP server and its API answer. */
export async function startMailpit(options: MailpitOptions): Promise<Mailpit> {
  const host = options.host ?? '127.0.0.1';
  const smtpPort = options.smtpPort ?? (await freePort(host));
  const httpPort = options.httpPort ?? (await freePort(host));
  // Loopback only; no update check (closed networks), no POP3.
  const args = ['--listen', `${host}:${httpPort}`, '--smtp', `${host}:${smtpPort}`, '--disable-version-check', '--smtp-disable-rdns'];
  if (options.dbFile) {
    mkdirSync(path.dirname(options.dbFile), { recursive: true });
    args.push('--database', options.dbFile);
  }
  // Another Mailpit (or anything) on these ports would answer the readiness checks in ours' place.
  for (const port of [httpPort, smtpPort]) {
    if (!(await portIsFree(host, port))) throw new Error(`Mailpit cannot listen on ${host}:${port}: the port is in use (set MAILPIT_PORT / MAILPIT_SMTP_PORT, or SMTP_URL for another mail server)`);
  }
  const child = spawn(options.binPath, args, { stdio: ['ignore', options.logFile ? 'pipe' : 'ignore', options.logFile ? 'pipe' : 'ignore'] });
  if (options.logFile) {
    mkdirSync(path.dirname(options.logFile), { recursive: true });
    const log = createWriteStream(options.logFile, { flags: 'a' });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  }
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `exited with ${code ?? signal}`));
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  await spawned;

  const mailpit = new Mailpit(child, host, smtpPort, httpPort);
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  try {
    await pollUntil(
      async () => {
        if (exited) throw new Error(`Mailpit ${exited} while starting${options.logFile ? ` (see ${options.logFile})` : ''}`);
        const res = await fetch(`${mailpit.webUrl}/api/v1/info`).catch(() => undefined);
        return res?.ok ? true : undefined;
      },
      timeoutMs,
      `Mailpit's API on ${mailpit.webUrl}`,
      100,
    );
    await waitForPort(host, smtpPort, timeoutMs);
  } catch (err) {
    await stopProcess(child, 'SIGKILL');
    throw err;
  }
  return mailpit;
}

function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}
