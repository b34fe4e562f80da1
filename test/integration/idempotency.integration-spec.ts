import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call, ok } from '@gov/api-client';
import { AuditEventEntity, TaskEntity } from '@gov/persistence';
import { createPerson } from '../support/people.js';
import { startSystem, type TestSystem } from '../support/system.js';

/** `Idempotency-Key`: parallel repeats of one command produce one effect and identical replies. */
describe('idempotent commands', () => {
  let system: TestSystem;
  let token: string;
  let officeId: string;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    const office = await createPerson(system, 'project_office');
    token = office.token;
    officeId = office.person.id;
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
  });

  const client = () => system.client(token);
  /** The Idempotency-Key header the contract declares on every command (none when undefined). */
  const key = (value?: string) => (value === undefined ? {} : { header: { 'Idempotency-Key': value } });

  it('50 parallel "withdraw participant" calls with one key: one withdrawal, one offer, 50 identical answers', async () => {
    const programId = (await ok(client().POST('/programs', { body: { templateKey: 'fast-track', name: 'Idempotens' } }))).id;
    const cohortId = (await ok(client().POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Kohort', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1 } }))).id;
    const [a, b] = [(await createPerson(system, 'participant')).person.id, (await createPerson(system, 'participant')).person.id];
    for (const id of [a, b]) await ok(client().POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: id } }));
    await ok(client().POST('/cohorts/{id}/admissions', { params: { path: { id: cohortId } }, body: { personId: a } }));
    await ok(client().POST('/cohorts/{id}/lists', { params: { path: { id: cohortId } }, body: { personId: b, list: 'waiting' } }));

    const answers = await Promise.all(Array.from({ length: 50 }, () => call(client().POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId }, ...key('withdraw-a-2019-10-01') }, body: { personId: a } }))));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(new Set(answers.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(answers.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(49);
    const cohort = await ok(client().GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
    expect(cohort.withdrawn).toEqual([a]);
    expect(cohort.offers).toEqual([expect.objectContaining({ personId: b, status: 'open' })]);
    const accepted = await system.db.getRepository(AuditEventEntity).countBy({ type: 'command.accepted', cohortId });
    // registrations ×2, admission, list, one withdrawal
    expect(accepted).toBe(5);
    // Without a key, a repeat is a new command — and refused, since a is no longer admitted.
    expect((await call(client().POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId } }, body: { personId: a } }))).status).toBe(409);
  }, 60_000);

  it('50 parallel "create task" calls with one key make one task', async () => {
    const body = { title: 'Rapportera status', assigneeId: officeId, dueAt: new Date(Date.now() + 86_400_000).toISOString() };
    const answers = await Promise.all(Array.from({ length: 50 }, () => call(client().POST('/tasks', { params: key('task-2019-10-01-status'), body }))));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
    expect(await system.db.getRepository(TaskEntity).countBy({ title: 'Rapportera status', assigneeId: officeId })).toBe(1);
  }, 60_000);

  it('refuses a key reused for another request and a malformed key; a failed command lets its key go', async () => {
    const body = { title: 'En uppgift', assigneeId: officeId, dueAt: new Date(Date.now() + 86_400_000).toISOString() };
    expect((await call(client().POST('/tasks', { params: key('reused-key'), body }))).status).toBe(201);
    const other = await call(client().POST('/tasks', { params: key('reused-key'), body: { ...body, title: 'En annan uppgift' } }));
    expect(other.status).toBe(422);
    expect(other.body.detail).toMatch(/different request/);
    // Keys the contract does not allow (not ASCII, over 200 characters), sent on purpose.
    expect((await call(client().POST('/tasks', { params: key('ä'.repeat(3)), body }))).status).toBe(400);
    expect((await call(client().POST('/tasks', { params: key('x'.repeat(201)), body }))).status).toBe(400);
    // A refused command keeps nothing under its key: the same request runs again (and is refused again).
    const missing = { ...body, assigneeId: '00000000-0000-4000-8000-000000000000' };
    expect((await call(client().POST('/tasks', { params: key('failing-key'), body: missing }))).status).toBe(400);
    const again = await call(client().POST('/tasks', { params: key('failing-key'), body: missing }));
    expect(again.status).toBe(400);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  }, 60_000);
});
