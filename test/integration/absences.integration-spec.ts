import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { taskBody } from '@gov/devstack';
import { AuditEventEntity } from '@gov/persistence';
import { SmtpSink } from '../../libs/devstack/src/smtp-sink.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

/**
 * A contact person away with a substitute (vikarie), against the real stack and a real SMTP
 * server: her new task and its reminders go to the substitute, who sees it in the inbox and
 * completes it on her behalf (so the trail says); the task stays hers, and when the absence ends
 * what is left is hers alone again.
 */
describe('absences with a substitute', () => {
  let system: TestSystem;
  let smtp: SmtpSink;
  let office: TestPerson;
  let anna: TestPerson;
  let bo: TestPerson;
  let absenceId: string;
  const client = (token: string = office.token) => system.client(token);

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    system = await startSystem({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '100', RATE_LIMIT_PER_MINUTE: '1000000' });
    const orgId = (await createOrganization(system, `Miljöförvaltningen ${Date.now()}`)).id;
    office = await createPerson(system, 'project_office');
    anna = await createPerson(system, 'contact_person', { organizationId: orgId, locale: 'sv' });
    bo = await createPerson(system, 'contact_person', { organizationId: orgId, locale: 'sv' });
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
    await smtp?.stop();
  });

  it('refuses an absence nobody can cover, or one set by someone else, and records nothing', async () => {
    const outsider = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system)).id });
    const elsewhere = await system.client(anna.token).POST('/persons/{id}/absences', { params: { path: { id: anna.person.id } }, body: { startsAt: inSeconds(-60), endsAt: inSeconds(86_400), substituteId: outsider.person.id } });
    expect(elsewhere.response.status).toBe(400);
    expect(elsewhere.error).toMatchObject({ errors: [{ field: 'substituteId' }] });
    const backwards = await system.client(anna.token).POST('/persons/{id}/absences', { params: { path: { id: anna.person.id } }, body: { startsAt: inSeconds(86_400), endsAt: inSeconds(60), substituteId: bo.person.id } });
    expect(backwards.response.status).toBe(400);
    // Another contact person cannot set (or see) Anna's absences.
    expect((await system.client(bo.token).POST('/persons/{id}/absences', { params: { path: { id: anna.person.id } }, body: { startsAt: inSeconds(-60), endsAt: inSeconds(86_400), substituteId: bo.person.id } })).response.status).toBe(404);
    expect((await system.client(bo.token).GET('/persons/{id}/absences', { params: { path: { id: anna.person.id } } })).response.status).toBe(404);
    expect(await system.db.getRepository(AuditEventEntity).countBy({ type: 'person.absence_set', subjectPersonId: anna.person.id })).toBe(0);
  });

  it('sends her new task and its reminder to her substitute, who completes it on her behalf', async () => {
    const set = await system.client(anna.token).POST('/persons/{id}/absences', { params: { path: { id: anna.person.id } }, body: { startsAt: inSeconds(-60), endsAt: inSeconds(86_400), substituteId: bo.person.id } });
    expect(set.response.status).toBe(201);
    absenceId = set.data!.id;
    expect(set.data).toMatchObject({ personId: anna.person.id, substituteId: bo.person.id, active: true });

    const task = (await client().POST('/tasks', { body: taskBody({ title: 'Granska miljörapporten', assigneeId: anna.person.id, dueAt: inSeconds(2), reminderPolicy: { before: ['PT0S'] } }) })).data!;
    // The task is still hers, and in both inboxes: hers, and Bo's as her substitute.
    expect(task.assigneeId).toBe(anna.person.id);
    const boInbox = (await client(bo.token).GET('/me/tasks')).data!;
    expect(boInbox.items.map((t) => [t.id, t.substituteFor])).toEqual([[task.id, anna.person.id]]);
    expect((await client(anna.token).GET('/me/tasks')).data!.items.map((t) => [t.id, t.substituteFor])).toEqual([[task.id, null]]);
    // The reminder goes to Bo, saying for whom.
    const mail = await eventually(async () => smtp.to(bo.person.email).find((m) => m.idempotencyKey === `task-${task.id}/due-0/reminder-1`), 30_000, 'the reminder to the substitute');
    expect(mail.text).toContain(`som ersättare för ${anna.person.displayName}`);
    expect(smtp.to(anna.person.email).filter((m) => m.idempotencyKey.startsWith(`task-${task.id}/`))).toHaveLength(0);
    const sent = await eventually(async () => (await system.db.getRepository(AuditEventEntity).findOneBy({ type: 'task.reminder_sent', workflowId: `task-${task.id}` })) ?? undefined, 30_000, 'the reminder on the record');
    expect(sent.data.substituteId).toBe(bo.person.id);

    // Bo completes it; the trail says he did, on Anna's behalf.
    const done = await client(bo.token).POST('/tasks/{id}/complete', { params: { path: { id: task.id } }, body: {} });
    expect(done.response.status).toBe(200);
    const completed = await eventually(async () => (await system.db.getRepository(AuditEventEntity).findOneBy({ type: 'task.completed', workflowId: `task-${task.id}` })) ?? undefined, 30_000, 'the completion on the record');
    expect([completed.actorId, completed.data.onBehalfOf]).toEqual([bo.person.id, anna.person.id]);
    expect((await client(anna.token).GET('/tasks/{id}', { params: { path: { id: task.id } } })).data!.status).toBe('done');
  });

  it('lets the substitute record an interview’s outcome on the interviewer’s behalf', async () => {
    const programId = (await client().POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track, ersättare' } })).data!.id;
    const candidate = await createPerson(system, 'participant');
    const cohortId = (await client().POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Hösten', infoMeetingAt: inSeconds(-3600) } })).data!.id;
    await client().POST('/cohorts/{id}/attendees', { params: { path: { id: cohortId } }, body: { personIds: [candidate.person.id] } });
    await client().POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: candidate.person.id } });
    const interview = await client().POST('/cohorts/{id}/interviews', { params: { path: { id: cohortId } }, body: { personId: candidate.person.id, interviewerId: anna.person.id, startsAt: inSeconds(86_400) } });
    expect(interview.response.status).toBe(201);
    const taskId = interview.data!.taskId;
    const outcome = await client(bo.token).POST('/cohorts/{id}/interviews/{personId}/outcome', { params: { path: { id: cohortId, personId: candidate.person.id } }, body: { outcome: 'admit' } });
    expect(outcome.response.status).toBe(200);
    const completed = await eventually(async () => (await system.db.getRepository(AuditEventEntity).findOneBy({ type: 'task.completed', workflowId: `task-${taskId}` })) ?? undefined, 30_000, 'the outcome on the record');
    expect([completed.actorId, completed.data.onBehalfOf, completed.data.outcome]).toEqual([bo.person.id, anna.person.id, 'admit']);
  });

  it('gives back what is left when the absence ends', async () => {
    const left = (await client().POST('/tasks', { body: taskBody({ title: 'Svara på remissen', assigneeId: anna.person.id, dueAt: inSeconds(7 * 86_400) }) })).data!;
    expect((await client(bo.token).GET('/me/tasks')).data!.items.map((t) => t.id)).toEqual([left.id]);
    expect((await client(bo.token).DELETE('/persons/{id}/absences/{absenceId}', { params: { path: { id: anna.person.id, absenceId } } })).response.status).toBe(404);
    expect((await client(anna.token).DELETE('/persons/{id}/absences/{absenceId}', { params: { path: { id: anna.person.id, absenceId } } })).response.status).toBe(204);
    expect((await client(bo.token).GET('/me/tasks')).data!.total).toBe(0);
    expect((await client(bo.token).GET('/tasks/{id}', { params: { path: { id: left.id } } })).response.status).toBe(404);
    expect((await client(anna.token).GET('/me/tasks')).data!.items.map((t) => t.id)).toEqual([left.id]);
    expect((await client(anna.token).GET('/persons/{id}/absences', { params: { path: { id: anna.person.id } } })).data!.map((a) => a.active)).toEqual([false]);
    expect(await system.db.getRepository(AuditEventEntity).countBy({ type: 'person.absence_ended', subjectPersonId: anna.person.id })).toBe(1);
  });
});
