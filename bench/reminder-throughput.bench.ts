import nodemailer from 'nodemailer';
import { SmtpSink } from '../libs/devstack/src/smtp-sink.js';
import { ok } from '@gov/api-client';
import { taskBody } from '@gov/devstack';
import { startBareWorker } from './support/bare.js';
import { inParallel, peakRssMiB, startStack, waitFor, type BenchStack } from './support/stack.js';
import { rateFigure, type Benchmark, type Figure } from './support/report.js';

const REMINDERS = Number(process.env.REMINDERS ?? 10_000);
// Five reminders per task, all within 0.8 s of each other: the pipeline, not the schedule, sets the pace.
const BEFORE = ['PT0.8S', 'PT0.6S', 'PT0.4S', 'PT0.2S', 'PT0S'];
const TASKS = Math.ceil(REMINDERS / BEFORE.length);
const CONCURRENCY = 20;

/** The SMTP ceiling: the same number of mails of the same size sent straight from nodemailer with the notifier's pool. */
async function baseline(count: number): Promise<number> {
  const sink = await SmtpSink.start({ parse: 'headers' });
  const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5 });
  const body = 'Hej,\n\nDu har en uppgift att utföra. Öppna uppgiften: https://styrning.example.se/tasks/x\n'.repeat(3);
  const started = Date.now();
  await inParallel([...Array(count).keys()], CONCURRENCY, async (i) => {
    await transport.sendMail({ from: 'bench@example.se', to: 'kontakt@example.se', subject: `Påminnelse ${i}`, text: body, html: `<p>${body}</p>`, headers: { 'X-Idempotency-Key': `baseline-${i}` } });
  });
  const elapsed = Date.now() - started;
  transport.close();
  await sink.stop();
  return elapsed;
}

/** Notices per second written into an outbox from the first due moment until the last row, from the rows' own times. */
async function outboxRate(stack: BenchStack, table: 'notification_outbox' | 'bench_outbox', firstDue: number, count: number): Promise<number> {
  const { rows } = await stack.db.query(`SELECT count(*)::int AS n, extract(epoch FROM max(created_at)) * 1000 AS last FROM ${table} WHERE created_at >= to_timestamp($1 / 1000.0)`, [firstDue]);
  if (rows[0].n < count) throw new Error(`${table}: ${rows[0].n} of ${count} notices`);
  return (count / (Number(rows[0].last) - firstDue)) * 1000;
}

/**
 * The engine-free baseline for the same notices: bare workflows with the same timers, each timer's
 * activity writing the same outbox row (bench/bare) — so the ratio shows what the engine adds to
 * Temporal's timers and PostgreSQL's inserts, not what SMTP costs.
 */
async function bareNotices(stack: BenchStack, perTaskMs: number): Promise<number> {
  await stack.db.query('CREATE UNLOGGED TABLE IF NOT EXISTS bench_outbox (LIKE notification_outbox INCLUDING ALL)');
  const { taskQueue, stop } = await startBareWorker(stack);
  try {
    const beforeMs = BEFORE.map((b) => Number(/^PT([\d.]+)S$/.exec(b)![1]) * 1000);
    const dueAt = Date.now() + perTaskMs * TASKS * 1.5 + 15_000;
    await inParallel([...Array(TASKS).keys()], CONCURRENCY, async (i) => {
      await stack.temporal.workflow.start('bareReminders', { taskQueue, workflowId: `bare-reminders-${i}-${dueAt}`, args: [`${i}`, dueAt, beforeMs] });
    });
    const firstDue = dueAt - Math.max(...beforeMs);
    if (Date.now() > firstDue) throw new Error('Starting the bare workflows took longer than planned; the measurement would include it');
    const expected = TASKS * BEFORE.length;
    await waitFor(async () => (await stack.db.query('SELECT count(*)::int AS n FROM bench_outbox')).rows[0].n >= expected, 60 * 60_000, 'every bare notice in its outbox', 200);
    return outboxRate(stack, 'bench_outbox', firstDue, expected);
  } finally {
    await stop();
  }
}

/**
 * Due reminders per second reaching an SMTP server end to end: durable timers fire in the human-task
 * workflows, activities enqueue into the PostgreSQL outbox, the notifier delivers over SMTP.
 */
export const reminderThroughput: Benchmark = {
  name: 'reminder throughput',
  async run(): Promise<Figure[]> {
    const sink = await SmtpSink.start({ parse: 'headers' });
    const stack = await startStack({ notifier: true, env: { SMTP_URL: sink.url } });
    try {
      const me = (await ok(stack.client.GET('/me'))).id as string;
      // Time to make the tasks, measured on a first tenth, sets when they all fall due.
      const probeStarted = Date.now();
      const probe = Math.max(1, Math.floor(TASKS / 10));
      const create = (i: number, dueAt: number) =>
        ok(stack.client.POST('/tasks', { body: taskBody({ title: `Uppgift ${i}`, assigneeId: me, dueAt: new Date(dueAt).toISOString(), reminderPolicy: { before: BEFORE } }) }));
      const farFuture = Date.now() + 86_400_000;
      await inParallel([...Array(probe).keys()], CONCURRENCY, async (i) => void (await create(i, farFuture)));
      const perTaskMs = (Date.now() - probeStarted) / probe;
      const dueAt = Date.now() + perTaskMs * TASKS * 1.5 + 15_000;
      await inParallel([...Array(TASKS).keys()], CONCURRENCY, async (i) => void (await create(i, dueAt)));
      const firstDue = dueAt - 800;
      if (Date.now() > firstDue) throw new Error('Making the tasks took longer than planned; the measurement would include it');

      await waitFor(() => sink.received.length >= TASKS * BEFORE.length, 60 * 60_000, 'every reminder at the SMTP sink', 100);
      const pipelineMs = sink.lastReceivedAt - firstDue;
      const expected = TASKS * BEFORE.length;
      const distinct = new Set(sink.received.map((m) => m.idempotencyKey)).size;
      const workerPeak = peakRssMiB(stack.workers[0]);
      const notifierPeak = peakRssMiB(stack.notifier);
      const engineOutbox = await outboxRate(stack, 'notification_outbox', firstDue, expected);
      const bareOutbox = await bareNotices(stack, perTaskMs);
      const baselineMs = await baseline(expected);
      const name = `${expected} due reminders (${TASKS} tasks × ${BEFORE.length})`;
      return [
        rateFigure(name, 'reminders at the SMTP sink', '/s', (expected / pipelineMs) * 1000, (expected / baselineMs) * 1000, 'baseline: nodemailer straight to the sink, same pool'),
        rateFigure(name, 'notices written to the outbox', '/s', engineOutbox, bareOutbox, 'baseline: bare workflows, same timers, one activity writing the same outbox row (no SMTP in either)'),
        rateFigure(name, 'duplicates at the SMTP sink', '', sink.received.length - distinct),
        rateFigure(name, 'worker peak RSS', 'MiB', workerPeak ?? NaN, undefined, `notifier peak RSS ${notifierPeak ?? 'n/a'} MiB`),
      ];
    } finally {
      await stack.stop();
      await sink.stop();
    }
  },
};
