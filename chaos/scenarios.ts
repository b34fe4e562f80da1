import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { WorkflowNotFoundError } from '@temporalio/client';
import { answer, ok } from '@gov/api-client';
import { GovernanceApi, personBody, runPhaseOne, taskBody, tokenBody, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS, seedNeedsCsv, workflowProblems } from '@gov/devstack';
import { LOCAL_TIME_ZONE, noticeSchedule, zoneOffsetMs, type ReminderPolicy } from '@gov/domain';
import { mutatedBundle, replayOn } from './determinism-mutation.js';
import { payloadHygiene } from './payload-hygiene.js';
import { ChaosStack, inParallel, quantile, until } from './stack.js';

/** One line of the chaos table. */
export interface ScenarioResult {
  scenario: string;
  faults: string;
  work: string;
  lost: string;
  duplicated: string;
  figure: string;
  /** Every invariant held. */
  ok: boolean;
}

/** Two notices per task: 8 s before the due moment and at it. */
const POLICY: ReminderPolicy = { before: ['PT8S', 'PT0S'] };

interface LoadTask {
  id: string;
  dueAt: number;
}

interface NoticeCheck {
  expected: number;
  delivered: number;
  lostNotices: number;
  /** Extra copies of one notice carrying another Message-ID: the system sent it twice. */
  duplicateNotices: number;
  /** Repeated SMTP transactions of the same message (same Message-ID, so receivers drop them): the sender crashed after the server accepted. */
  resentSameMessage: number;
  lostWorkflows: number;
  delaysMs: number[];
}

/** A person to receive the load's mail. */
async function assignee(stack: ChaosStack, tag: string): Promise<{ id: string; email: string }> {
  const email = `${tag}.${Date.now()}@example.se`;
  const person = await ok(stack.client.POST('/persons', { body: personBody({ displayName: `Mottagare ${tag}`, email, role: 'project_office' }) }));
  return { id: person.id, email };
}

/** `n` tasks due from `startsInMs` on, spread over `spreadMs`, through the API. */
async function makeTasks(stack: ChaosStack, n: number, startsInMs: number, spreadMs: number, assigneeId: string, policy = POLICY): Promise<LoadTask[]> {
  const t0 = Date.now() + startsInMs;
  const tasks: LoadTask[] = [];
  await inParallel([...Array(n).keys()], 16, async (i) => {
    const dueAt = t0 + Math.round((i * spreadMs) / Math.max(n - 1, 1));
    const task = await ok(stack.client.POST('/tasks', { body: taskBody({ title: `Belastning ${i}`, assigneeId, dueAt: new Date(dueAt).toISOString(), reminderPolicy: policy }) }));
    tasks.push({ id: task.id, dueAt: Date.parse(task.dueAt) });
  });
  return tasks;
}

function expectedKeys(tasks: LoadTask[], policy = POLICY): Map<string, number> {
  const keys = new Map<string, number>();
  for (const t of tasks) for (const n of noticeSchedule(t.dueAt, policy)) keys.set(`task-${t.id}/due-0/${n.kind}-${n.number}`, n.at);
  return keys;
}

/**
 * Polls `done` for as long as `progress` keeps changing: it gives up only once nothing has changed for
 * `stallMs` (counted from `notBefore` at the earliest) or after `capMs`. True when done.
 */
async function whileProgressing(done: () => Promise<boolean>, progress: () => string, limits: { notBefore: number; stallMs: number; capMs: number }): Promise<boolean> {
  const start = Date.now();
  let seen = progress();
  let moved = Date.now();
  for (;;) {
    if (await done()) return true;
    const now = Date.now();
    const p = progress();
    if (p !== seen) [seen, moved] = [p, now];
    if (now - Math.max(moved, limits.notBefore) > limits.stallMs || now - start > limits.capMs) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Waits until every expected notice reached the SMTP sink (or the deadline), then counts. */
async function checkNotices(stack: ChaosStack, tasks: LoadTask[], waitUntil: number, policy = POLICY): Promise<NoticeCheck> {
  const keys = expectedKeys(tasks, policy);
  const received = () => new Set(stack.sink.received.map((m) => m.idempotencyKey));
  await until(() => [...keys.keys()].every((k) => received().has(k)) || Date.now() > waitUntil, Math.max(waitUntil - Date.now(), 0) + 5_000, 'the notices').catch(() => undefined);
  const byKey = new Map<string, { messageIds: string[]; first: number }>();
  for (const m of stack.sink.received) {
    if (!keys.has(m.idempotencyKey)) continue;
    const entry = byKey.get(m.idempotencyKey) ?? { messageIds: [], first: m.receivedAt ?? Date.now() };
    entry.messageIds.push(m.messageId);
    byKey.set(m.idempotencyKey, entry);
  }
  let duplicateNotices = 0;
  let resentSameMessage = 0;
  for (const { messageIds } of byKey.values()) {
    const distinct = new Set(messageIds).size;
    duplicateNotices += distinct - 1;
    resentSameMessage += messageIds.length - distinct;
  }
  let lostWorkflows = 0;
  await inParallel(tasks, 16, async (t) => {
    try {
      await stack.temporal.workflow.getHandle(`task-${t.id}`).describe();
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) lostWorkflows++;
      else throw err;
    }
  });
  return {
    expected: keys.size,
    delivered: byKey.size,
    lostNotices: keys.size - byKey.size,
    duplicateNotices,
    resentSameMessage,
    lostWorkflows,
    delaysMs: [...byKey.entries()].map(([k, v]) => v.first - keys.get(k)!),
  };
}

/** "201 ×49, 503 ×1": the answers' statuses. */
function statusCounts(answers: { status: number }[]): string {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s} ×${n}`).join(', ');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function noticeResult(scenario: string, faults: string, tasks: number, c: NoticeCheck, figure: string, extraOk = true): ScenarioResult {
  return {
    scenario,
    faults,
    work: `${tasks} task workflows, ${c.delivered} of ${c.expected} notices delivered`,
    lost: `${c.lostWorkflows} workflows, ${c.lostNotices} notices`,
    duplicated: `${c.duplicateNotices} notices${c.resentSameMessage ? ` (+${c.resentSameMessage} SMTP resends of an accepted message, same Message-ID)` : ''}`,
    figure,
    ok: extraOk && c.lostWorkflows === 0 && c.lostNotices === 0 && c.duplicateNotices === 0,
  };
}

/**
 * 1. The worker killed with SIGKILL `kills` times while `n` task workflows send their notices; the
 * notifier also killed `senderCrashes` times right after the SMTP server accepted a mail and before
 * it heard so.
 */
export async function workerKills(stack: ChaosStack, n = 500, kills = 20, senderCrashes = 3): Promise<ScenarioResult> {
  const to = await assignee(stack, 'worker-kills');
  const spreadMs = Math.max(kills * 2_000, 10_000);
  const tasks = await makeTasks(stack, n, 12_000, spreadMs, to.id);
  let crashes = 0;
  stack.sink.onAccepted = () => {
    if (crashes >= senderCrashes || !stack.notifier.running) return;
    crashes++;
    void stack.notifier.kill().then(() => setTimeout(() => stack.notifier.start(), 300));
  };
  for (let i = 0; i < kills; i++) {
    await new Promise((r) => setTimeout(r, spreadMs / kills));
    await stack.worker.kill();
    await new Promise((r) => setTimeout(r, 300));
    stack.worker.start();
  }
  const lastDue = Math.max(...tasks.map((t) => t.dueAt));
  const check = await checkNotices(stack, tasks, lastDue + 90_000);
  stack.sink.onAccepted = undefined;
  return noticeResult('1. worker SIGKILL', `${stack.worker.kills} worker kills, ${crashes} notifier kills after SMTP accepted`, n, check, `notice delay p95 ${seconds(quantile(check.delaysMs, 0.95))}, max ${seconds(Math.max(...check.delaysMs))}`);
}

/** 2. The Temporal dev server killed and started again on its SQLite file `restarts` times under load. */
export async function temporalRestarts(stack: ChaosStack, n = 200, restarts = 10): Promise<ScenarioResult> {
  const to = await assignee(stack, 'temporal-restarts');
  const spreadMs = restarts * 5_000;
  const tasks = await makeTasks(stack, n, 12_000, spreadMs, to.id);
  const recoveries: number[] = [];
  for (let i = 0; i < restarts; i++) {
    await new Promise((r) => setTimeout(r, 2_500));
    const ms = await stack.restartTemporal();
    // Recovered when the API can start a workflow again.
    const t0 = Date.now();
    // The API stores a task while Temporal is away (the reconciler starts it later): recovered when a new task's workflow runs.
    let probe = '';
    await until(async () => {
      const res = await answer(stack.client.POST('/tasks', { body: { title: `Efter omstart ${i}`, assigneeId: to.id, dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } })).catch(() => undefined);
      probe = res?.status === 201 ? res.data!.id : '';
      return Boolean(probe);
    }, 60_000, 'the API to store tasks again', 250);
    await until(async () => Boolean(await stack.temporal.workflow.getHandle(`task-${probe}`).describe().catch(() => null)), 60_000, 'the new task workflow to run', 250);
    recoveries.push(ms + (Date.now() - t0));
  }
  const lastDue = Math.max(...tasks.map((t) => t.dueAt));
  const check = await checkNotices(stack, tasks, lastDue + 90_000);
  const outboxDuplicates = Number((await stack.db.query(`SELECT count(*) - count(DISTINCT idempotency_key) AS d FROM notification_outbox`)).rows[0].d);
  return noticeResult(
    '2. Temporal restarts',
    `${restarts} SIGKILL + restart (SQLite kept)`,
    n,
    { ...check, duplicateNotices: check.duplicateNotices + outboxDuplicates },
    `recovery p50 ${seconds(quantile(recoveries, 0.5))}, max ${seconds(Math.max(...recoveries))}; notice delay p95 ${seconds(quantile(check.delaysMs, 0.95))}`,
  );
}

/**
 * 3. PostgreSQL stopped for `outageMs` under load: commands during the outage must be refused
 * with 503 and a clear message; afterwards nothing lost, the audit chain verifies.
 */
export async function postgresOutage(stack: ChaosStack, n = 100, outageMs = 60_000): Promise<ScenarioResult> {
  const to = await assignee(stack, 'postgres-outage');
  // Notices fall due during the outage.
  const tasks = await makeTasks(stack, n, 10_000, outageMs, to.id);
  await new Promise((r) => setTimeout(r, 2_000));
  await stack.stopPostgres();
  const outageStart = Date.now();
  const answers: { status: number; detail?: string }[] = [];
  while (Date.now() - outageStart < outageMs) {
    const res = await answer(stack.client.POST('/tasks', { body: { title: 'Under avbrottet', assigneeId: to.id, dueAt: new Date(Date.now() + 86_400_000).toISOString() } })).catch((e: Error) => ({ status: 0, body: { detail: e.message } }));
    answers.push({ status: res.status, detail: (res.body as { detail?: string } | undefined)?.detail });
    await new Promise((r) => setTimeout(r, 500));
  }
  await stack.startPostgres();
  const back = Date.now();
  let peakBacklog = 0;
  const lastDue = Math.max(...tasks.map((t) => t.dueAt));
  const keys = expectedKeys(tasks);
  // A busy machine drains more slowly (retries back off up to a minute): the wait goes on while the
  // backlog moves, and ends when nothing has moved for three minutes after the last notice fell due.
  let pending = 0;
  await whileProgressing(
    async () => {
      pending = Number((await stack.db.query(`SELECT count(*) AS n FROM notification_outbox WHERE status = 'pending'`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n);
      peakBacklog = Math.max(peakBacklog, pending);
      const got = new Set(stack.sink.received.map((m) => m.idempotencyKey));
      return pending === 0 && [...keys.keys()].every((k) => got.has(k));
    },
    () => `${stack.sink.received.length}/${pending}`,
    { notBefore: lastDue, stallMs: 180_000, capMs: 15 * 60_000 },
  );
  const drainMs = Date.now() - back;
  const check = await checkNotices(stack, tasks, Date.now());
  const refused = answers.filter((a) => a.status === 503 && /unavailable|try again/i.test(a.detail ?? '')).length;
  const created = (await stack.db.query(`SELECT count(*) AS n FROM tasks WHERE title = 'Under avbrottet'`)).rows[0].n;
  const missingAudit = Number(
    (await stack.db.query(`SELECT count(*) AS n FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.type = 'task.created' AND a.data->>'taskId' = t.id::text)`)).rows[0].n,
  );
  const verify = await answer(stack.client.GET('/audit/verify'));
  const chainOk = verify.status === 200 && (verify.body as { valid?: boolean }).valid === true;
  return {
    ...noticeResult(
      '3. PostgreSQL outage',
      `stopped ${seconds(outageMs)}; ${answers.length} commands sent meanwhile`,
      n,
      check,
      `${refused} of ${answers.length} commands refused with 503 (answers: ${statusCounts(answers)}); peak outbox backlog ${peakBacklog}; drained ${seconds(drainMs)} after PostgreSQL returned; audit chain ${chainOk ? 'verifies' : 'BROKEN'}`,
      refused === answers.length && Number(created) === 0 && missingAudit === 0 && chainOk,
    ),
    lost: `${check.lostWorkflows} workflows, ${check.lostNotices} notices, ${missingAudit} audit entries; ${created} half-applied commands`,
  };
}

/** 4. The SMTP server answers 4xx/5xx to `rate` of messages, and some addresses do not exist. */
export async function smtpFailures(stack: ChaosStack, n = 200, rate = 0.3, badAddresses = 5): Promise<ScenarioResult> {
  const good = await assignee(stack, 'smtp-good');
  const bad = await Promise.all(Array.from({ length: badAddresses }, (_, i) => assignee(stack, `smtp-bad-${i}`)));
  for (const b of bad) stack.sink.rejectRecipients.add(b.email.toLowerCase());
  stack.sink.failureRate = rate;
  stack.sink.failureCodes = [451, 554, 421];
  const refusedBefore = stack.sink.refused;
  const tasks = await makeTasks(stack, n, 10_000, 20_000, good.id);
  const badTasks: LoadTask[] = [];
  for (const b of bad) badTasks.push(...(await makeTasks(stack, 2, 10_000, 1_000, b.id)));
  const lastDue = Math.max(...tasks.map((t) => t.dueAt));
  const check = await checkNotices(stack, tasks, lastDue + 120_000);
  stack.sink.failureRate = 0;
  const badKeys = [...expectedKeys(badTasks).keys()];
  await until(
    async () => Number((await stack.db.query(`SELECT count(*) AS n FROM notification_outbox WHERE idempotency_key = ANY($1) AND status = 'dead'`, [badKeys])).rows[0].n) === badKeys.length,
    60_000,
    'the bad addresses to be given up',
  ).catch(() => undefined);
  const badRows = (await stack.db.query(`SELECT status, attempts FROM notification_outbox WHERE idempotency_key = ANY($1)`, [badKeys])).rows as { status: string; attempts: number }[];
  const givenUp = badRows.filter((r) => r.status === 'dead').length;
  const maxBadAttempts = Math.max(0, ...badRows.map((r) => r.attempts));
  const retries = Number((await stack.db.query(`SELECT coalesce(sum(attempts - 1), 0) AS r FROM notification_outbox WHERE idempotency_key = ANY($1)`, [[...expectedKeys(tasks).keys()]])).rows[0].r);
  return noticeResult(
    '4. SMTP failures',
    `${Math.round(rate * 100)} % of messages refused (451/554/421), ${badAddresses} addresses refused with 550`,
    n,
    check,
    `${stack.sink.refused - refusedBefore} refusals, ${retries} retries; ${givenUp} of ${badKeys.length} mails to bad addresses marked dead (no retry) after at most ${maxBadAttempts} attempt(s)`,
    givenUp === badKeys.length && maxBadAttempts === 1,
  );
}

/** 5. Fifty parallel identical commands with one `Idempotency-Key`: one effect, 49 identical replays. */
export async function idempotentCommands(stack: ChaosStack, parallel = 50): Promise<ScenarioResult> {
  const programId = (await ok(stack.client.POST('/programs', { body: { templateKey: 'fast-track', name: `Kaos ${Date.now()}` } }))).id;
  const cohortId = (await ok(stack.client.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Kaoskohort', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1 } }))).id;
  const [a, b] = await Promise.all(['a', 'b'].map(async (x) => (await ok(stack.client.POST('/persons', { body: personBody({ displayName: `Deltagare ${x}`, email: `kaos.${x}.${Date.now()}@example.se`, role: 'participant' }) }))).id));
  for (const id of [a, b]) await ok(stack.client.POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: id } }));
  await ok(stack.client.POST('/cohorts/{id}/admissions', { params: { path: { id: cohortId } }, body: { personId: a } }));
  await ok(stack.client.POST('/cohorts/{id}/lists', { params: { path: { id: cohortId } }, body: { personId: b, list: 'waiting' } }));
  const withdrawals = await Promise.all(Array.from({ length: parallel }, () => answer(stack.client.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId }, header: { 'Idempotency-Key': `withdraw-${a}` } }, body: { personId: a } }))));
  const me = (await ok(stack.client.GET('/me'))).id;
  const body = { title: `Idempotent ${Date.now()}`, assigneeId: me, dueAt: new Date(Date.now() + 86_400_000).toISOString() };
  const creations = await Promise.all(Array.from({ length: parallel }, () => answer(stack.client.POST('/tasks', { params: { header: { 'Idempotency-Key': `task-${body.title.replace(/\s/g, '-')}` } }, body }))));
  const cohort = await ok(stack.client.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
  const tasksMade = Number((await stack.db.query(`SELECT count(*) AS n FROM tasks WHERE title = $1`, [body.title])).rows[0].n);
  const identical = (answers: { status: number; body: unknown }[]) => new Set(answers.map((r) => `${r.status} ${JSON.stringify(r.body)}`)).size === 1;
  const effects = cohort.withdrawn.length + cohort.offers.length + tasksMade;
  return {
    scenario: '5. Idempotency-Key',
    faults: `${parallel} parallel identical withdrawals, ${parallel} parallel identical task creations`,
    work: `${withdrawals.length + creations.length} requests`,
    lost: '0',
    duplicated: `${effects - 3} effects (withdrawn ${cohort.withdrawn.length}, offers ${cohort.offers.length}, tasks ${tasksMade})`,
    figure: `replies identical: withdrawals ${identical(withdrawals) ? 'yes' : 'NO'} (${statusCounts(withdrawals)}), tasks ${identical(creations) ? 'yes' : 'NO'} (${statusCounts(creations)})`,
    ok: effects === 3 && identical(withdrawals) && identical(creations),
  };
}

/** 7. Reordering two activity calls without `patched()` fails the recorded histories; with it they replay. */
export async function determinismOverTime(): Promise<ScenarioResult> {
  const reordered = await replayOn(await mutatedBundle('reordered'));
  const patchedRun = await replayOn(await mutatedBundle('reordered-with-patch'));
  const broken = reordered.filter((r) => !r.ok);
  const stillBroken = patchedRun.filter((r) => !r.ok);
  return {
    scenario: '7. determinism over time',
    faults: 'offer tasks moved before the audit write in the cohort workflow',
    work: `${reordered.length} recorded histories replayed twice`,
    lost: '–',
    duplicated: '–',
    figure: `without patched(): ${broken.length} fail (${broken.map((b) => b.workflowId).join(', ')}); with patched(): ${stillBroken.length} fail`,
    ok: broken.length > 0 && broken.every((b) => /[Nn]ondetermin/.test(b.error ?? '')) && stillBroken.length === 0,
  };
}

/** 8. The largest workflow payload of the run, and any payload carrying a person's name or address. */
export async function payloadHygieneScenario(stack: ChaosStack): Promise<ScenarioResult> {
  const people = (await stack.db.query(`SELECT display_name, email FROM persons`)).rows as { display_name: string; email: string }[];
  const report = await payloadHygiene(stack.temporal, '', people.flatMap((p) => [p.display_name, p.email]));
  return {
    scenario: '8. payload hygiene',
    faults: '–',
    work: `${report.workflows} workflow histories, ${report.payloads} payloads read`,
    lost: '–',
    duplicated: '–',
    figure: `largest payload ${report.largestBytes} B (${report.largestIn}); ${report.personalData.length} with personal data${report.personalData.length ? `: ${report.personalData.slice(0, 3).map((p) => p.workflowId).join(', ')}` : ''}`,
    ok: report.largestBytes < 4096 && report.personalData.length === 0,
  };
}

/**
 * 6. Reminders across the daylight-saving changes: for deadlines at every hour of the two weeks
 * around each 2027 change in Europe/Stockholm, every notice a calendar-day policy asks for lands on
 * the intended day at the deadline's local time, once. (The dev server cannot skip time, so the
 * schedule the workflow sets its timers from is checked; that each timer's notice goes out once is
 * scenarios 1 and 2.)
 */
export function daylightSaving(): ScenarioResult {
  const policy: ReminderPolicy = { before: ['P1W', 'P1D', 'PT2H'], overdueEvery: 'P1D', maxOverdue: 3, escalateAfter: 'P1W' };
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: LOCAL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const local = (t: number) => Object.fromEntries(parts.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  const dayNumber = (t: number) => {
    const p = local(t);
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / 86_400_000;
  };
  const expectedDays: Record<string, number> = { 'reminder-1': -7, 'reminder-2': -1, 'reminder-4': 1, 'reminder-5': 2, 'reminder-6': 3, 'escalation-1': 7 };
  let schedules = 0;
  let notices = 0;
  let wrong = 0;
  let repeated = 0;
  let offWithFixedDays = 0;
  for (const change of ['2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z']) {
    for (let h = -7 * 24; h < 7 * 24; h++) {
      const due = Date.parse(change) + h * 3_600_000;
      // For comparison: how many of the notices a day or more away land an hour off with 24-hour days.
      for (const n of noticeSchedule(due, policy)) if (Math.abs(n.at - due) >= 86_400_000 && zoneOffsetMs(n.at) !== zoneOffsetMs(due)) offWithFixedDays++;
      const dueLocal = local(due);
      // A wall-clock time that does not exist on another day (02:xx on the spring change) is skipped.
      if (dueLocal.hour === '02') continue;
      const schedule = noticeSchedule(due, policy, { calendarDays: true });
      schedules++;
      notices += schedule.length;
      if (new Set(schedule.map((n) => `${n.kind}-${n.number}`)).size !== schedule.length || new Set(schedule.map((n) => n.at)).size !== schedule.length) repeated++;
      for (const n of schedule) {
        const key = `${n.kind}-${n.number}`;
        if (key === 'reminder-3') {
          if (n.at !== due - 2 * 3_600_000) wrong++; // PT2H is exact
          continue;
        }
        const l = local(n.at);
        if (l.hour !== dueLocal.hour || l.minute !== dueLocal.minute || dayNumber(n.at) - dayNumber(due) !== expectedDays[key]) wrong++;
      }
    }
  }
  return {
    scenario: '6. daylight saving',
    faults: 'deadlines every hour for a week either side of 28 Mar and 31 Oct 2027',
    work: `${schedules} schedules, ${notices} notices (1 week, 1 day, 2 h before; 3 overdue; escalation)`,
    lost: '–',
    duplicated: `${repeated} schedules with a notice twice`,
    figure: `${wrong} notices off the intended local time (24-hour days would put ${offWithFixedDays} of the same notices an hour off)`,
    ok: wrong === 0 && repeated === 0,
  };
}

/** Two busy processes that hog both cores for `ms` and stop by themselves (bounded; killed early at the end). */
function cpuHogs(ms: number): { stop(): void } {
  const hogs = [0, 1].map(() => spawn(process.execPath, ['-e', `const end = Date.now() + ${ms}; while (Date.now() < end) {}`], { stdio: 'ignore' }));
  return { stop: () => hogs.forEach((h) => h.kill('SIGKILL')) };
}

/** A Skola först program through phase I and its gate into phase II, over the API (reduced data). */
async function skolaForstThroughGate(stack: ChaosStack, tag: string): Promise<string> {
  const api = new GovernanceApi(stack.baseUrl, stack.token);
  const arena = await api.ok(api.POST('/organizations', { body: { name: `Arena ${tag}`, type: 'network' } }));
  const chair = await api.ok(api.POST('/persons', { body: personBody({ displayName: `Ordförande ${tag}`, email: `chair.${tag}@example.se`, role: 'contact_person', organizationId: arena.id, permissions: ['gate.decide'] }) }));
  const chairToken = (await api.ok(api.POST('/persons/{id}/tokens', { params: { path: { id: chair.id } }, body: tokenBody({ name: 'chaos' }) }))).token!;
  const members: { organizationId: string; personId: string }[] = [];
  for (let i = 0; i < 2; i++) {
    const org = await api.ok(api.POST('/organizations', { body: { name: `Förvaltning ${tag} ${i}`, type: 'department' } }));
    const person = await api.ok(api.POST('/persons', { body: personBody({ displayName: `Kontakt ${tag} ${i}`, email: `contact.${i}.${tag}@example.se`, role: 'contact_person', organizationId: org.id }) }));
    members.push({ organizationId: org.id, personId: person.id });
  }
  const program = await api.ok(api.POST('/programs', { body: { templateKey: 'skola-forst', templateVersion: 2, name: `Skola först ${tag}` } }));
  const governance = await api.ok(api.GET('/programs/{id}/governance', { params: { path: { id: program.id } } }));
  await runPhaseOne(api, program.id, {
    sessions: SEED_SESSIONS.slice(0, 1),
    needsCsv: [seedNeedsCsv(governance.needCategories.map((c: { key: string }) => c.key), { total: 90 })],
    focusAreas: SEED_FOCUS_AREAS,
    collaborationModel: SEED_COLLABORATION_MODEL,
    gateOwnerId: chair.id,
    members,
    kickoffAt: new Date(Date.now() + 86_400_000).toISOString(),
    communicationPlan: SEED_COMMUNICATION_PLAN,
  });
  await api.ok(api.as(chairToken).POST('/programs/{id}/gate', { params: { path: { id: program.id } }, body: { decision: 'approve' } }));
  await api.until('phase II', async () => ((await api.position(program.id)).phaseKey === 'implementation' ? true : undefined), 120_000);
  return program.id;
}

/** A Fast Track cohort: admission up to its capacity, a withdrawal, the freed place offered and accepted. */
async function fastTrackAdmission(stack: ChaosStack, tag: string): Promise<boolean> {
  const programId = (await ok(stack.client.POST('/programs', { body: { templateKey: 'fast-track', name: `Fast Track ${tag}` } }))).id;
  const cohortId = (await ok(stack.client.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: `Kohort ${tag}`, infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 2 } }))).id;
  const people: string[] = [];
  for (let i = 0; i < 4; i++) people.push((await ok(stack.client.POST('/persons', { body: personBody({ displayName: `Deltagare ${tag} ${i}`, email: `ft.${i}.${tag}@example.se`, role: 'participant' }) }))).id);
  for (const id of people) await ok(stack.client.POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: id } }));
  for (const id of people.slice(0, 2)) await ok(stack.client.POST('/cohorts/{id}/admissions', { params: { path: { id: cohortId } }, body: { personId: id } }));
  for (const id of people.slice(2)) await ok(stack.client.POST('/cohorts/{id}/lists', { params: { path: { id: cohortId } }, body: { personId: id, list: 'waiting' } }));
  await ok(stack.client.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId } }, body: { personId: people[0] } }));
  await until(async () => (await ok(stack.client.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }))).offers.some((o: { personId: string; status: string }) => o.personId === people[2] && o.status === 'open'), 60_000, 'the offer', 200);
  await ok(stack.client.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[2] } }, body: { accept: true } }));
  const cohort = await ok(stack.client.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
  const admitted = (cohort.admitted as { personId: string }[]).map((a) => a.personId);
  return admitted.length === 2 && admitted.includes(people[2]);
}

/** Workflows of the stack's task queue that failed, were terminated or are stuck on a failing workflow task. */
async function failedWorkflows(stack: ChaosStack): Promise<string[]> {
  return workflowProblems(stack.temporal, stack.taskQueue);
}

/**
 * 8. CPU starvation: two self-stopping busy processes hog both cores while a Skola först program
 * runs through its gate, a Fast Track cohort admits and re-offers a place, and `n` tasks remind.
 */
export async function cpuStarvation(stack: ChaosStack, n = 100, hogMs = 120_000): Promise<ScenarioResult> {
  const hogs = cpuHogs(hogMs);
  const t0 = Date.now();
  let check: NoticeCheck;
  let skola = false;
  let fast = false;
  try {
    const to = await assignee(stack, 'cpu-starvation');
    const tasks = await makeTasks(stack, n, 15_000, 15_000, to.id);
    const tag = `cpu${Date.now()}`;
    [skola, fast] = await Promise.all([
      skolaForstThroughGate(stack, tag).then(() => true),
      fastTrackAdmission(stack, tag),
    ]);
    check = await checkNotices(stack, tasks, Math.max(...tasks.map((t) => t.dueAt)) + 120_000);
  } finally {
    hogs.stop();
  }
  const failed = await failedWorkflows(stack);
  const result = noticeResult('11. CPU starvation', `2 busy processes on both cores for up to ${seconds(hogMs)}`, n, check, `Skola först through its gate: ${skola ? 'yes' : 'NO'}; Fast Track re-offer accepted: ${fast ? 'yes' : 'NO'}; ${failed.length} failed workflows; ${seconds(Date.now() - t0)}`, skola && fast && failed.length === 0);
  return { ...result, work: `${result.work}; a Skola först program and a Fast Track cohort`, lost: `${result.lost}; ${failed.length} failed workflows${failed.length ? ` (${failed.slice(0, 3).join('; ')})` : ''}` };
}

/**
 * 9. Slow commits: a test-only deferred constraint trigger makes every commit that writes a task
 * or a program wait about 2 s, while tasks with meetings (an invitation is the workflow's first
 * activity, which reads the task row) and a program are created.
 */
export async function slowCommits(stack: ChaosStack, n = 20): Promise<ScenarioResult> {
  await stack.db.query(`CREATE OR REPLACE FUNCTION chaos_slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(2); RETURN NULL; END $$`);
  for (const table of ['tasks', 'programs']) {
    await stack.db.query(`CREATE CONSTRAINT TRIGGER chaos_slow_commit AFTER INSERT ON ${table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chaos_slow_commit()`);
  }
  const t0 = Date.now();
  const ids: string[] = [];
  let programId = '';
  try {
    const to = await assignee(stack, 'slow-commits');
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    await inParallel([...Array(n).keys()], 8, async (i) => {
      const task = await ok(stack.client.POST('/tasks', { body: taskBody({ title: `Långsam ${i}`, assigneeId: to.id, dueAt: startsAt.toISOString(), meeting: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString() } }) }));
      ids.push(task.id);
    });
    programId = (await ok(stack.client.POST('/programs', { body: { templateKey: 'skola-forst', name: `Långsam ${Date.now()}` } }))).id;
  } finally {
    for (const table of ['tasks', 'programs']) await stack.db.query(`DROP TRIGGER IF EXISTS chaos_slow_commit ON ${table}`);
  }
  const keys = ids.map((id) => `task-${id}/due-0/invitation-1`);
  const invited = async () => Number((await stack.db.query(`SELECT count(DISTINCT idempotency_key) AS n FROM notification_outbox WHERE idempotency_key = ANY($1)`, [keys])).rows[0].n);
  await until(async () => (await invited()) === n, 60_000, 'every invitation', 250).catch(() => undefined);
  const invitations = await invited();
  const programRunning = await stack.temporal.workflow.getHandle(`program-${programId}`).describe().then((d) => d.status.name === 'RUNNING').catch(() => false);
  const failed = await failedWorkflows(stack);
  return {
    scenario: '9. slow commits',
    faults: `every commit writing a task or a program delayed ~2 s (deferred trigger)`,
    work: `${n} tasks with meetings, 1 program`,
    lost: `${n - invitations} invitations; ${programRunning ? 0 : 1} program workflows; ${failed.length} failed workflows${failed.length ? ` (${failed.slice(0, 3).join('; ')})` : ''}`,
    duplicated: '0 (one invitation key per task)',
    figure: `${invitations} of ${n} invitations queued; ${seconds(Date.now() - t0)}`,
    ok: invitations === n && programRunning && failed.length === 0,
  };
}

/**
 * 10. The API SIGKILLed between a command's commit and its delivery to Temporal, `crashes` times:
 * task creations, program creations and task completions. The reconciler (in the notifier) must
 * give every committed row its workflow — and every committed completion its effect — within 30 s.
 */
export async function crashBeforeDelivery(stack: ChaosStack, crashes = 50): Promise<ScenarioResult> {
  const me = (await ok(stack.client.GET('/me'))).id;
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const kinds = ['task', 'program', 'completion'] as const;
  // The tasks whose completion will be cut short, made while the fault point is off.
  const toComplete: string[] = [];
  for (let i = 0; i < Math.ceil(crashes / kinds.length); i++) toComplete.push((await ok(stack.client.POST('/tasks', { body: { title: `Att slutföra ${i} ${Date.now()}`, assigneeId: me, dueAt: due } }))).id);
  const repairMs: number[] = [];
  let lost = 0;
  let duplicated = 0;
  let notKilled = 0;
  writeFileSync(stack.failpointFile, '');
  try {
    for (let i = 0; i < crashes; i++) {
      const kind = kinds[i % kinds.length];
      const title = `Krasch ${i} ${Date.now()}`;
      // The API dies by its fault point; bounded, so a fault point that never fires fails the scenario instead of hanging it.
      const exited = new Promise((resolve) => {
        stack.api.child!.once('exit', resolve);
        setTimeout(resolve, 30_000);
      });
      const t0 = Date.now();
      const send =
        kind === 'task'
          ? answer(stack.client.POST('/tasks', { body: { title, assigneeId: me, dueAt: due } }))
          : kind === 'program'
            ? answer(stack.client.POST('/programs', { body: { templateKey: 'skola-forst', name: title } }))
            : answer(stack.client.POST('/tasks/{id}/complete', { params: { path: { id: toComplete[Math.floor(i / kinds.length)] } }, body: {} }));
      const answered = await send.then(() => true).catch(() => false);
      if (answered) notKilled++;
      await exited;
      stack.api.kills++;
      // What the command committed, and the workflow state it should reach without the API.
      const table = kind === 'program' ? 'programs' : 'tasks';
      const column = kind === 'program' ? 'name' : 'title';
      const rows = kind === 'completion' ? [{ id: toComplete[Math.floor(i / kinds.length)] }] : (await stack.db.query(`SELECT id FROM ${table} WHERE ${column} = $1`, [title])).rows;
      if (rows.length === 0) lost++;
      duplicated += Math.max(rows.length - 1, 0);
      if (rows.length) {
        const workflowId = `${kind === 'program' ? 'program' : 'task'}-${rows[0].id}`;
        const reached = await until(
          async () => {
            const d = await stack.temporal.workflow.getHandle(workflowId).describe().catch(() => null);
            return kind === 'completion' ? d?.status.name === 'COMPLETED' : Boolean(d);
          },
          30_000,
          `${workflowId} without the API`,
          100,
        ).then(() => true, () => false);
        if (reached) repairMs.push(Date.now() - t0);
        else lost++;
      }
      if (i === crashes - 1) rmSync(stack.failpointFile, { force: true });
      await stack.restartApi();
    }
  } finally {
    rmSync(stack.failpointFile, { force: true });
    await stack.restartApi();
  }
  const failed = await failedWorkflows(stack);
  return {
    scenario: '10. crash between commit and start',
    faults: `API SIGKILLed ${crashes} times after the commit, before Temporal was told (task creations, program creations, task completions)`,
    work: `${crashes} commands${notKilled ? `, ${notKilled} answered before the kill` : ''}`,
    lost: `${lost} rows without their workflow or effect; ${failed.length} failed workflows${failed.length ? ` (${failed.slice(0, 3).join('; ')})` : ''}`,
    duplicated: `${duplicated} rows`,
    figure: `reconciler repaired each within p50 ${seconds(quantile(repairMs, 0.5))}, max ${seconds(Math.max(...repairMs, 0))} (limit 30 s)`,
    ok: lost === 0 && duplicated === 0 && failed.length === 0 && notKilled === 0 && repairMs.length === crashes && Math.max(...repairMs) <= 30_000,
  };
}
