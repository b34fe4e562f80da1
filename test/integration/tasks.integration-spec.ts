import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call, ok } from '@gov/api-client';
import { answerBody, taskBody } from '@gov/devstack';
import { OutboxMessageEntity } from '@gov/persistence';
import { taskStateQuery } from '@gov/temporal/contracts';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { SmtpSink } from '../../libs/devstack/src/smtp-sink.js';
import { recordHistory } from '../support/histories.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

const PUBLIC_URL = 'https://styrning.vasteras.se';
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

describe('tasks, reminders and escalation over real SMTP', () => {
  let system: TestSystem;
  let smtp: SmtpSink;
  let office: TestPerson;
  let anna: TestPerson; // Swedish-speaking contact person
  let erik: TestPerson; // English-speaking contact person, same organization
  let other: TestPerson; // contact person of another organization
  let orgId: string;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    system = await startSystem({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '100', OUTBOX_LEASE_MS: '3000', PUBLIC_URL });
    orgId = (await createOrganization(system, 'Kultur- och fritidsförvaltningen')).id;
    office = await createPerson(system, 'project_office');
    anna = await createPerson(system, 'contact_person', { organizationId: orgId, locale: 'sv' });
    erik = await createPerson(system, 'contact_person', { organizationId: orgId, locale: 'en' });
    other = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system)).id });
  });

  afterAll(async () => {
    await system?.stop();
    await smtp?.stop();
  });

  /** The typed client as a person; `call` gives status and body whatever it answered. */
  const client = (token: string) => system.client(token);
  const mailsFor = (p: TestPerson, taskId: string) => smtp.to(p.person.email).filter((m) => m.idempotencyKey.startsWith(`task-${taskId}/`));

  it('reminds before and after the due moment, escalates when overdue, in each recipient’s language, with a link', async () => {
    const created = await call(client(office.token).POST('/tasks', { body: taskBody({
      title: 'Rapportera status inför nätverksträffen',
      organizationId: orgId,
      dueAt: inSeconds(3),
      reminderPolicy: { before: ['PT2S'], overdueEvery: 'PT1S', maxOverdue: 1, escalateAfter: 'PT2S' },
      escalateToId: office.person.id,
    }) }));
    expect(created.status).toBe(201);
    const id = created.body.id;
    // The organization's contact person is resolved when the task is made.
    expect(created.body.assigneeId).toBe(anna.person.id);

    const toAnna = await eventually(async () => (mailsFor(anna, id).length >= 2 ? mailsFor(anna, id) : undefined), 20_000, 'two reminders to the assignee');
    const escalation = await eventually(async () => mailsFor(office, id)[0], 20_000, 'the escalation');

    expect(toAnna.map((m) => m.idempotencyKey)).toEqual([`task-${id}/due-0/reminder-1`, `task-${id}/due-0/reminder-2`]);
    expect(toAnna[0].subject).toMatch(/^Påminnelse: Rapportera status inför nätverksträffen \(senast /);
    expect(toAnna[0].language).toBe('sv');
    expect(toAnna[0].text).toContain(`${PUBLIC_URL}/app/tasks/${id}`);
    expect(toAnna[0].html).toContain(`href="${PUBLIC_URL}/app/tasks/${id}"`);
    expect(escalation.idempotencyKey).toBe(`task-${id}/due-0/escalation-1`);
    expect(escalation.subject).toBe('Eskalering: Rapportera status inför nätverksträffen är försenad');
    expect(escalation.text).toContain(anna.person.displayName);

    const projected = await eventually(async () => {
      const res = await call(client(anna.token).GET('/tasks/{id}', { params: { path: { id } } }));
      return res.body.escalated ? res.body : undefined;
    }, 10_000, 'the read model to show the escalation');
    expect(projected).toMatchObject({ status: 'open', remindersSent: 2, escalated: true, overdue: true });

    expect((await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id } }, body: {} }))).status).toBe(200);
    // Completing ends the workflow, so no timer is left to remind anyone.
    const result = await system.temporal.workflow.getHandle(`task-${id}`).result();
    expect(result.status).toBe('done');
    recordHistory(system.config.temporal.address, `task-${id}`, 'human-task-reminded-escalated-completed');
    const rows = await system.db.getRepository(OutboxMessageEntity).countBy({ recipientId: anna.person.id });
    expect(rows).toBe(2);
  });

  it('stops every further reminder when the task is completed', async () => {
    const created = await call(client(office.token).POST('/tasks', { body: taskBody({
      title: 'Lämna in närvarolistan',
      assigneeId: anna.person.id,
      dueAt: inSeconds(1),
      reminderPolicy: { before: ['PT0S'], overdueEvery: 'PT1S', maxOverdue: 20 },
    }) }));
    const id = created.body.id;
    await eventually(async () => (mailsFor(anna, id).length >= 2 ? true : undefined), 15_000, 'the first overdue reminder');
    expect((await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id } }, body: {} }))).status).toBe(200);
    await system.temporal.workflow.getHandle(`task-${id}`).result();
    const rows = () => system.db.query(`SELECT count(*)::int AS n FROM notification_outbox WHERE idempotency_key LIKE $1`, [`task-${id}/%`]);
    const [{ n: atCompletion }] = await rows();
    await new Promise((r) => setTimeout(r, 3_500)); // three more overdue reminders would have fallen due
    expect((await rows())[0].n).toBe(atCompletion);
    expect(mailsFor(anna, id)).toHaveLength(atCompletion);
  });

  it('writes English mail for an English-speaking assignee', async () => {
    const created = await call(client(office.token).POST('/tasks', { body: taskBody({ title: 'Plan the activity', assigneeId: erik.person.id, dueAt: inSeconds(1), reminderPolicy: { before: ['PT0S'] } }) }));
    const [mail] = await eventually(async () => (mailsFor(erik, created.body.id).length ? mailsFor(erik, created.body.id) : undefined), 15_000, 'the reminder');
    expect(mail.subject).toMatch(/^Reminder: Plan the activity \(due /);
    expect(mail.language).toBe('en');
    expect(mail.text).toContain('Hello ');
  });

  it('keeps the inbox per person, refuses invalid answers and closed tasks, and hides others’ tasks', async () => {
    const created = await call(client(office.token).POST('/tasks', { body: taskBody({
      title: 'Bekräfta årsplanen',
      assigneeId: anna.person.id,
      dueAt: inSeconds(86_400),
      answerForm: { fields: [{ key: 'follows', label: { sv: 'Följer samverkansmodellen', en: 'Follows the model' }, type: 'boolean', required: true }] },
    }) }));
    expect(created.status).toBe(201);
    const id = created.body.id;
    const inbox = async (p: TestPerson, query: { status?: 'done' } = {}) => (await ok(client(p.token).GET('/me/tasks', { params: { query } }))).items.map((t) => t.id);

    await eventually(async () => ((await inbox(anna)).includes(id) ? true : undefined), 10_000, 'the task in the inbox');
    expect(await inbox(erik)).not.toContain(id);
    expect((await call(client(other.token).GET('/tasks/{id}', { params: { path: { id } } }))).status).toBe(404);
    expect((await call(client(other.token).POST('/tasks/{id}/complete', { params: { path: { id } }, body: answerBody({ follows: true }) }))).status).toBe(404);

    const refused = await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id } }, body: answerBody({ follows: 'ja' }) }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'answer.follows', message: 'true or false' }]);
    expect((await system.temporal.workflow.getHandle(`task-${id}`).query(taskStateQuery)).status).toBe('open');

    const done = await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id } }, body: answerBody({ follows: true }) }));
    expect(done.status).toBe(200);
    expect(done.body.answer).toEqual({ follows: true });
    const again = await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id } }, body: answerBody({ follows: false }) }));
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/done/);
    expect((await call(client(anna.token).GET('/tasks/{id}', { params: { path: { id } } }))).body.answer).toEqual({ follows: true });
    await eventually(async () => (!(await inbox(anna)).includes(id) ? true : undefined), 10_000, 'the task to leave the inbox');
    expect(await inbox(anna, { status: 'done' })).toContain(id);
  });

  it('reschedules reminders when the due date moves, and reminds the new assignee after a reassignment', async () => {
    const created = await call(client(office.token).POST('/tasks', { body: taskBody({ title: 'Utvärdera aktiviteten', assigneeId: anna.person.id, dueAt: inSeconds(86_400), reminderPolicy: { before: ['PT0S'] } }) }));
    const id = created.body.id;
    const moved = await call(client(office.token).PATCH('/tasks/{id}', { params: { path: { id } }, body: { dueAt: inSeconds(1) } }));
    expect(moved.status).toBe(200);
    const first = await eventually(async () => mailsFor(anna, id)[0], 15_000, 'the rescheduled reminder');
    expect(first.idempotencyKey).toBe(`task-${id}/due-1/reminder-1`);

    expect((await call(client(anna.token).POST('/tasks/{id}/reassign', { params: { path: { id } }, body: { assigneeId: other.person.id } }))).status).toBe(400);
    const handed = await call(client(anna.token).POST('/tasks/{id}/reassign', { params: { path: { id } }, body: { assigneeId: erik.person.id } }));
    expect(handed.status).toBe(200);
    expect((await call(client(office.token).PATCH('/tasks/{id}', { params: { path: { id } }, body: { dueAt: inSeconds(1) } }))).status).toBe(200);
    const toErik = await eventually(async () => mailsFor(erik, id)[0], 15_000, 'the new assignee’s reminder');
    expect(toErik.idempotencyKey).toBe(`task-${id}/due-3/reminder-1`);
    expect((await call(client(office.token).POST('/tasks/{id}/cancel', { params: { path: { id } } }))).status).toBe(200);
    const refused = await call(client(office.token).POST('/tasks/{id}/cancel', { params: { path: { id } } }));
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toBe('The task is cancelled; only an open task can change.');
    expect((await system.temporal.workflow.getHandle(`task-${id}`).result()).status).toBe('cancelled');
    recordHistory(system.config.temporal.address, `task-${id}`, 'human-task-moved-reassigned-cancelled');
  });

  it('queues mail while the SMTP server is down and delivers all of it, once, when it is back', async () => {
    await smtp.stop();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call(client(office.token).POST('/tasks', { body: taskBody({ title: `Uppgift ${i}`, assigneeId: erik.person.id, dueAt: inSeconds(0.5), reminderPolicy: { before: ['PT0S'] } }) }));
      ids.push(res.body.id);
    }
    const keys = ids.map((id) => `task-${id}/due-0/reminder-1`);
    const outbox = system.db.getRepository(OutboxMessageEntity);
    await eventually(async () => {
      const rows = await outbox.find({ where: keys.map((k) => ({ idempotencyKey: k })) });
      return rows.length === 5 && rows.every((r) => r.attempts >= 1 && r.status !== 'sent' && r.lastError) ? rows : undefined;
    }, 60_000, 'five queued, failing deliveries');

    await smtp.listen();
    await eventually(async () => (keys.every((k) => smtp.received.some((m) => m.idempotencyKey === k)) ? true : undefined), 30_000, 'the queued mail to arrive');
    // The dispatcher marks a row sent after the SMTP server has taken it: the mark follows the mail.
    await eventually(async () => {
      const rows = await outbox.find({ where: keys.map((k) => ({ idempotencyKey: k })) });
      return rows.every((r) => r.status === 'sent') ? true : undefined;
    }, 30_000, 'the five rows marked sent');
    for (const key of keys) expect(smtp.received.filter((m) => m.idempotencyKey === key)).toHaveLength(1);
  });
});
