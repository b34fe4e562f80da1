import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call } from '@gov/api-client';
import { projectRoot, taskBody } from '@gov/devstack';
import { noticeSchedule, type ReminderPolicy } from '@gov/domain';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { SmtpSink } from '../../libs/devstack/src/smtp-sink.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

const TASKS = 200;
// Per task: 10 s and 0 s before the due moment, twice after it, one escalation: five notices.
const POLICY: ReminderPolicy = { before: ['PT10S', 'PT0S'], overdueEvery: 'PT4S', maxOverdue: 2, escalateAfter: 'PT10S' };
const NOTICES_PER_TASK = noticeSchedule(0, POLICY).length;

/** The worker as its own operating-system process, so the test can kill it like a crashed machine. */
class WorkerProcess {
  private child?: ChildProcess;
  kills = 0;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  start(): void {
    const log = openSync(path.join(process.env.TEST_WORK_DIR!, 'crashing-worker.log'), 'a');
    this.child = spawn(process.execPath, [path.join(projectRoot(), 'dist/apps/worker/src/main.js')], { env: this.env, stdio: ['ignore', log, log] });
  }

  /** SIGKILL: no shutdown hook runs, in-flight activities and workflow tasks are simply lost. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.kills++;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

describe('reminders under repeated worker crashes', () => {
  let system: TestSystem;
  let smtp: SmtpSink;
  let worker: WorkerProcess;
  let office: TestPerson;
  const assignees: TestPerson[] = [];

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    system = await startSystem({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '100', OUTBOX_LEASE_MS: '5000', RATE_LIMIT_PER_MINUTE: '100000' }, { worker: false });
    worker = new WorkerProcess({
      ...process.env,
      TEMPORAL_TASK_QUEUE: system.config.temporal.taskQueue,
      WORKFLOW_BUNDLE_PATH: system.config.temporal.workflowBundlePath,
      LOG_LEVEL: 'error',
    });
    worker.start();
    office = await createPerson(system, 'project_office');
    const orgId = (await createOrganization(system)).id;
    for (let i = 0; i < 10; i++) assignees.push(await createPerson(system, 'contact_person', { organizationId: orgId }));
  }, 60_000);

  afterAll(async () => {
    await worker?.stop();
    await system?.stop();
    await smtp?.stop();
  });

  it(`delivers every reminder of ${TASKS} tasks exactly once while the worker is killed again and again`, async () => {
    // Due moments spread over 15 s from 20 s after each batch is made: reminders fall due 10 s after it on.
    const start = Date.now() + 20_000;
    const ids: string[] = [];
    let lastDue = start;
    for (let batch = 0; batch < TASKS; batch += 20) {
      // Each batch's due moments count from when it is made: a task whose workflow starts after its
      // first reminder's moment rightly never sends it (notices due before a task exists are not
      // sent), so a slow machine must not turn this spec's schedule into one of those.
      const batchStart = Math.max(start, Date.now() + 20_000);
      lastDue = batchStart + ((batch + 19) * 15_000) / TASKS;
      const created = await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          call(
            system.client(office.token).POST('/tasks', {
              body: taskBody({
                title: `Återrapportering ${batch + j + 1}`,
                assigneeId: assignees[(batch + j) % assignees.length].person.id,
                dueAt: new Date(batchStart + ((batch + j) * 15_000) / TASKS).toISOString(),
                reminderPolicy: POLICY,
                escalateToId: office.person.id,
              }),
            }),
          ),
        ),
      );
      for (const res of created) {
        expect(res.status).toBe(201);
        ids.push(res.body.id);
      }
    }

    console.log(`created ${TASKS} tasks in ${((Date.now() - start + 20_000) / 1000).toFixed(1)} s`);
    // Kill the worker every 3–6 s while reminders fall due, restarting it after a pause each time.
    const killUntil = Math.max(start + 30_000, lastDue + 10_000);
    while (Date.now() < killUntil) {
      await new Promise((r) => setTimeout(r, 3_000 + Math.random() * 3_000));
      await worker.kill();
      await new Promise((r) => setTimeout(r, 500 + Math.random() * 1_500));
      worker.start();
    }

    const expected = new Set(ids.flatMap((id) => noticeSchedule(0, POLICY).map((n) => `task-${id}/due-0/${n.kind}-${n.number}`)));
    expect(expected.size).toBe(TASKS * NOTICES_PER_TASK);
    const ours = () => smtp.received.filter((m) => expected.has(m.idempotencyKey));
    await eventually(async () => (new Set(ours().map((m) => m.idempotencyKey)).size === expected.size ? true : undefined), 300_000, 'every reminder to arrive').catch(
      async (err) => {
        const outbox = await system.db.query(`SELECT status, count(*)::int AS n FROM notification_outbox WHERE idempotency_key = ANY($1) GROUP BY status`, [[...expected]]);
        const got = new Set(ours().map((m) => m.idempotencyKey));
        const missing = [...expected].filter((k) => !got.has(k));
        const details = await Promise.all(
          missing.slice(0, 3).map(async (k) => {
            const handle = system.temporal.workflow.getHandle(k.split('/')[0]);
            const d = await handle.describe();
            const h = await handle.fetchHistory();
            const tail = (h.events ?? []).slice(-6).map((e) => `${e.eventId}:${e.eventType}`);
            return `${k} ${d.status.name} ${JSON.stringify(d.raw.pendingActivities?.map((a) => [a.activityType?.name, a.attempt, a.lastFailure?.message]))} ${tail.join(',')}`;
          }),
        );
        throw new Error(`${(err as Error).message}: ${got.size} of ${expected.size} arrived; outbox ${JSON.stringify(outbox)}\n${details.join('\n')}`);
      },
    );
    // Give any late duplicate the time to show up: one more lease period and dispatcher rounds.
    await new Promise((r) => setTimeout(r, 6_000));

    const received = ours();
    const distinct = new Set(received.map((m) => m.idempotencyKey));
    const lost = [...expected].filter((k) => !distinct.has(k)).length;
    const duplicates = received.length - distinct.size;
    console.log(
      `${TASKS} tasks, ${expected.size} expected notices, worker killed ${worker.kills} times: ` +
        `${received.length} mails received at the SMTP server, ${distinct.size} distinct, ${lost} lost, ${duplicates} duplicates`,
    );
    expect(worker.kills).toBeGreaterThanOrEqual(5);
    expect(lost).toBe(0);
    expect(duplicates).toBe(0);
    // Escalations went to the office, reminders to each task's assignee.
    expect(received.filter((m) => m.idempotencyKey.includes('/escalation-')).every((m) => m.to === office.person.email)).toBe(true);
    // The outbox holds one row per notice, all sent.
    const rows: { status: string; n: number }[] = await system.db.query(
      `SELECT status, count(*)::int AS n FROM notification_outbox WHERE idempotency_key = ANY($1) GROUP BY status`,
      [[...expected]],
    );
    expect(rows).toEqual([{ status: 'sent', n: expected.size }]);
  }, 420_000);

  it('still sends reminders that fell due while no worker was running when the task was made', async () => {
    await worker.stop();
    const created = await call(
      system.client(office.token).POST('/tasks', {
        body: taskBody({ title: 'Boka lokal för nätverksträffen', assigneeId: assignees[0].person.id, dueAt: new Date(Date.now() + 2_000).toISOString(), reminderPolicy: { before: ['PT1S', 'PT0S'] } }),
      }),
    );
    expect(created.status).toBe(201);
    await new Promise((r) => setTimeout(r, 4_000));
    worker.start();
    const keys = await eventually(async () => {
      const got = smtp.received.filter((m) => m.idempotencyKey.startsWith(`task-${created.body.id}/`)).map((m) => m.idempotencyKey);
      return got.length >= 2 ? got.sort() : undefined;
    }, 60_000, 'both late reminders');
    expect(keys).toEqual([`task-${created.body.id}/due-0/reminder-1`, `task-${created.body.id}/due-0/reminder-2`]);
  }, 90_000);
});
