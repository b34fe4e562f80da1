/**
 * How many due reminders per second reach an SMTP server, end to end: durable timers in the
 * human-task workflows fire, activities enqueue into the PostgreSQL outbox, the notifier delivers
 * over SMTP. The baseline, measured in the same run against the same kind of SMTP sink, is the
 * sink's own ceiling: the same number of messages sent straight from nodemailer with the same pool.
 *
 *   npm run bench:reminders            (REMINDERS=10000 by default; BENCH_LEAD_SECONDS=60)
 *
 * Runs its own embedded PostgreSQL and Temporal dev server; the worker and the notifier are child
 * processes, so their peak memory (VmHWM) is theirs alone.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { loadConfig } from '@gov/config';
import { freePort, projectRoot, resolveTemporalCli, startEmbeddedPostgres, startTemporalDevServer, stopProcess } from '@gov/devstack';
import { PersonRepository } from '@gov/persistence';
import { SmtpSink } from '../libs/devstack/src/smtp-sink.js';
import { createApi } from '../apps/api/src/create-api.js';
import { ApiTokenService } from '../apps/api/src/auth/api-token.service.js';

const REMINDERS = Number(process.env.REMINDERS ?? 10_000);
// Five reminders per task, all within 0.8 s of each other: the pipeline, not the schedule, sets the pace.
const BEFORE = ['PT0.8S', 'PT0.6S', 'PT0.4S', 'PT0.2S', 'PT0S'];
const TASKS = Math.ceil(REMINDERS / BEFORE.length);
const LEAD_MS = Number(process.env.BENCH_LEAD_SECONDS ?? 60) * 1000;
const CONCURRENCY = 20;

const root = projectRoot();
const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);
const mib = (kib: number | undefined) => (kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);

/** Peak resident memory of a process (Linux /proc), in KiB. */
function peakRssKib(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function inParallel<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

/** The same number of messages of the same size sent straight to a sink: the SMTP ceiling. */
async function baseline(): Promise<number> {
  const sink = await SmtpSink.start({ parse: 'headers' });
  const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5 });
  const body = 'Hej,\n\nDu har en uppgift att utföra. Öppna uppgiften: https://styrning.example.se/tasks/x\n'.repeat(3);
  const started = Date.now();
  await inParallel([...Array(REMINDERS).keys()], CONCURRENCY, async (i) => {
    await transport.sendMail({ from: 'bench@example.se', to: 'kontakt@example.se', subject: `Påminnelse ${i}`, text: body, html: `<p>${body}</p>`, headers: { 'X-Idempotency-Key': `baseline-${i}` } });
  });
  const elapsed = Date.now() - started;
  transport.close();
  await sink.stop();
  return elapsed;
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'governance-bench-'));
  chmodSync(work, 0o755);
  const children: ChildProcess[] = [];
  const cliPath = await resolveTemporalCli({ toolsDir: path.join(root, '.tools'), log: console.log });
  const [postgres, temporal] = await Promise.all([
    startEmbeddedPostgres({ dataDir: path.join(work, 'postgres'), port: await freePort(), database: 'governance_bench' }),
    startTemporalDevServer({ cliPath, port: await freePort(), logFile: path.join(work, 'temporal.log') }),
  ]);
  const sink = await SmtpSink.start({ parse: 'headers' });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: `bench-${randomUUID()}`,
    SMTP_URL: sink.url,
    OUTBOX_POLL_MS: '100',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
  const api = await createApi(loadConfig(env), false);
  try {
    await api.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(api.getHttpServer().address() as { port: number }).port}`;
    const launch = (script: string) => {
      const child = spawn(process.execPath, [path.join(root, 'dist', script)], { env, stdio: ['ignore', 'inherit', 'inherit'] });
      children.push(child);
      return child;
    };
    const worker = launch('apps/worker/src/main.js');
    const notifier = launch('apps/notifier/src/main.js');

    const personId = randomUUID();
    await api.get(PersonRepository).insert({
      id: personId, displayName: 'Bench Projektkontoret', email: 'office@example.se', organizationId: null,
      role: 'project_office', permissions: [], externalSubject: null, locale: 'sv',
    });
    const { token } = await api.get(ApiTokenService).issue(personId, 'bench', null);

    console.log(`Creating ${TASKS} tasks with ${BEFORE.length} reminders each (${TASKS * BEFORE.length} reminders)…`);
    const dueAt = Date.now() + LEAD_MS;
    const createdStarted = Date.now();
    await inParallel([...Array(TASKS).keys()], CONCURRENCY, async (i) => {
      const res = await fetch(`${base}/tasks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Uppgift ${i}`, assigneeId: personId, dueAt: new Date(dueAt).toISOString(), reminderPolicy: { before: BEFORE } }),
      });
      if (res.status !== 201) throw new Error(`POST /tasks answered ${res.status}: ${await res.text()}`);
    });
    const firstDue = dueAt - 800;
    console.log(`Created in ${((Date.now() - createdStarted) / 1000).toFixed(1)} s; reminders fall due in ${((firstDue - Date.now()) / 1000).toFixed(1)} s`);
    if (Date.now() > firstDue) throw new Error('Task creation overran the lead time: raise BENCH_LEAD_SECONDS');

    const expected = TASKS * BEFORE.length;
    await waitFor(() => sink.received.length >= expected, 30 * 60_000, `${expected} reminders at the SMTP sink`);
    const pipelineMs = sink.lastReceivedAt - firstDue;
    const workerPeak = peakRssKib(worker.pid);
    const notifierPeak = peakRssKib(notifier.pid);
    const distinct = new Set(sink.received.map((m) => m.idempotencyKey)).size;

    const baselineMs = await baseline();
    console.log('');
    console.log(`Reminder throughput, ${expected} reminders (${TASKS} tasks × ${BEFORE.length})`);
    console.log(`  baseline  nodemailer → SMTP sink directly (pool of 5):        ${rate(expected, baselineMs).padStart(6)} mails/s  (${(baselineMs / 1000).toFixed(1)} s)`);
    console.log(`  pipeline  timer → activity → outbox → notifier → SMTP sink:  ${rate(expected, pipelineMs).padStart(6)} reminders/s  (${(pipelineMs / 1000).toFixed(1)} s, ${((baselineMs / pipelineMs) * 100).toFixed(0)}% of baseline)`);
    console.log(`  delivered ${sink.received.length}, distinct ${distinct}, duplicates ${sink.received.length - distinct}`);
    console.log(`  worker peak RSS ${mib(workerPeak)}, notifier peak RSS ${mib(notifierPeak)}`);
  } finally {
    await Promise.all(children.map((c) => stopProcess(c, 'SIGTERM', 15_000)));
    await api.close();
    await sink.stop();
    await temporal.stop();
    await postgres.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
