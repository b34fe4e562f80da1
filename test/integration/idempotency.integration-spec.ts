import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEventEntity, TaskEntity } from '@gov/persistence';
import { createPerson } from '../support/people.js';
import { rawHttp, startSystem, type TestSystem } from '../support/system.js';

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

  const send = (method: string, path: string, body: unknown, key?: string) =>
    rawHttp(system.baseUrl, method, path, { token, body, headers: key === undefined ? {} : { 'idempotency-key': key } });

  it('50 parallel "withdraw participant" calls with one key: one withdrawal, one offer, 50 identical answers', async () => {
    const programId = (await send('POST', '/programs', { templateKey: 'fast-track', name: 'Idempotens' })).body.id;
    const cohortId = (await send('POST', `/programs/${programId}/cohorts`, { name: 'Kohort', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1 })).body.id;
    const [a, b] = [(await createPerson(system, 'participant')).person.id, (await createPerson(system, 'participant')).person.id];
    for (const id of [a, b]) await send('POST', `/cohorts/${cohortId}/registrations`, { personId: id });
    await send('POST', `/cohorts/${cohortId}/admissions`, { personId: a });
    await send('POST', `/cohorts/${cohortId}/lists`, { personId: b, list: 'waiting' });

    const answers = await Promise.all(Array.from({ length: 50 }, () => send('POST', `/cohorts/${cohortId}/withdrawals`, { personId: a }, 'withdraw-a-2019-10-01')));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(new Set(answers.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(answers.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(49);
    const cohort = (await send('GET', `/cohorts/${cohortId}`, undefined)).body;
    expect(cohort.withdrawn).toEqual([a]);
    expect(cohort.offers).toEqual([expect.objectContaining({ personId: b, status: 'open' })]);
    const accepted = await system.db.getRepository(AuditEventEntity).countBy({ type: 'command.accepted', cohortId });
    // registrations ×2, admission, list, one withdrawal
    expect(accepted).toBe(5);
    // Without a key, a repeat is a new command — and refused, since a is no longer admitted.
    expect((await send('POST', `/cohorts/${cohortId}/withdrawals`, { personId: a })).status).toBe(409);
  }, 60_000);

  it('50 parallel "create task" calls with one key make one task', async () => {
    const body = { title: 'Rapportera status', assigneeId: officeId, dueAt: new Date(Date.now() + 86_400_000).toISOString() };
    const answers = await Promise.all(Array.from({ length: 50 }, () => send('POST', '/tasks', body, 'task-2019-10-01-status')));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
    expect(await system.db.getRepository(TaskEntity).countBy({ title: 'Rapportera status' })).toBe(1);
  }, 60_000);

  it('refuses a key reused for another request and a malformed key; a failed command lets its key go', async () => {
    const body = { title: 'En uppgift', assigneeId: officeId, dueAt: new Date(Date.now() + 86_400_000).toISOString() };
    expect((await send('POST', '/tasks', body, 'reused-key')).status).toBe(201);
    const other = await send('POST', '/tasks', { ...body, title: 'En annan uppgift' }, 'reused-key');
    expect(other.status).toBe(422);
    expect(other.body.detail).toMatch(/different request/);
    expect((await send('POST', '/tasks', body, 'ä'.repeat(3))).status).toBe(400);
    expect((await send('POST', '/tasks', body, 'x'.repeat(201))).status).toBe(400);
    // A refused command keeps nothing under its key: the same request runs again (and is refused again).
    const missing = { ...body, assigneeId: '00000000-0000-4000-8000-000000000000' };
    expect((await send('POST', '/tasks', missing, 'failing-key')).status).toBe(400);
    const again = await send('POST', '/tasks', missing, 'failing-key');
    expect(again.status).toBe(400);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  }, 60_000);
});
