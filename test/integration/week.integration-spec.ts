import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ok } from '@gov/api-client';
import { taskBody } from '@gov/devstack';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, rawHttp, startSystem, type TestSystem } from '../support/system.js';

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
/** A day in Swedish time, YYYY-MM-DD. */
const stockholmDay = (moment: string | number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(moment));
const day = (offsetDays: number) => stockholmDay(Date.now() + offsetDays * 86_400_000);

/** GET /me/week: the signed-in person's two weeks, nobody else's. */
describe('my week: meetings, deadlines and overdue tasks of this week and the next', () => {
  let system: TestSystem;
  let office: TestPerson;
  let anna: TestPerson;
  let bo: TestPerson;
  let participant: TestPerson;
  let manager: TestPerson;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    const orgId = (await createOrganization(system)).id;
    office = await createPerson(system, 'project_office');
    anna = await createPerson(system, 'contact_person', { organizationId: orgId });
    bo = await createPerson(system, 'contact_person', { organizationId: orgId });
    participant = await createPerson(system, 'participant');
    manager = await createPerson(system, 'manager');
  });
  afterAll(async () => {
    await system?.stop();
  });

  const week = async (who: TestPerson, from?: string) => ok(system.client(who.token).GET('/me/week', { params: { query: from ? { from } : {} } }));
  const create = async (body: Parameters<typeof taskBody>[0]) => ok(system.client(office.token).POST('/tasks', { body: taskBody(body) }));

  it('shows a task due this week as a deadline and a meeting I am invited to at its time, and none of another person’s', async () => {
    const deadline = await create({ title: 'Lämna verksamhetsplanen', assigneeId: anna.person.id, dueAt: inSeconds(3600) });
    const meetingStart = new Date(Date.now() + 2 * 86_400_000);
    const meeting = await create({
      title: 'Nätverksträff 3',
      assigneeId: anna.person.id,
      dueAt: meetingStart.toISOString(),
      meeting: { startsAt: meetingStart.toISOString(), endsAt: new Date(meetingStart.getTime() + 3600_000).toISOString(), location: 'Stadshuset, sal B' },
    });
    const bosTask = await create({ title: 'Bos egen uppgift', assigneeId: bo.person.id, dueAt: inSeconds(7200) });

    const mine = await week(anna);
    expect(mine.today).toBe(day(0));
    expect(new Date(`${mine.from}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(mine.weeks).toHaveLength(2);
    const byTask = (id: string) => mine.items.find((x) => x.taskId === id);
    expect(byTask(deadline.id)).toMatchObject({ kind: 'deadline', source: 'task', title: 'Lämna verksamhetsplanen', day: stockholmDay(deadline.dueAt), at: deadline.dueAt, status: 'open', overdue: false, substituteFor: null });
    expect(byTask(meeting.id)).toMatchObject({ kind: 'meeting', at: meetingStart.toISOString(), location: 'Stadshuset, sal B', status: 'open' });
    expect(byTask(bosTask.id)).toBeUndefined();
    expect((await week(bo)).items.map((x) => x.taskId)).toEqual([bosTask.id]);
    // Entries come by day and time.
    const moments = mine.items.map((x) => `${x.day} ${x.at ?? ''}`);
    expect([...moments].sort()).toEqual(moments);
    // Nobody else's week can be asked for: the view takes no person.
    expect((await rawHttp(system.baseUrl, 'GET', `/me/week?personId=${bo.person.id}`, { token: anna.token })).status).toBe(400);
  });

  it('marks an open task past its due moment as overdue, and keeps it when a later week is shown only if it is overdue', async () => {
    const late = await create({ title: 'Svara på remissen', assigneeId: anna.person.id, dueAt: inSeconds(1) });
    const entry = await eventually(async () => (await week(anna)).items.find((x) => x.taskId === late.id && x.overdue), 15_000, 'the task overdue on the week');
    expect(entry.kind).toBe('deadline');
    // A view four weeks ahead lists it among the overdue; a task due before that week but not yet overdue is in neither list.
    const soon = await create({ title: 'Boka lokal', assigneeId: anna.person.id, dueAt: inSeconds(3 * 86_400) });
    const later = await week(anna, day(28));
    expect(later.overdue.find((x) => x.taskId === late.id)).toMatchObject({ overdue: true, status: 'open' });
    expect([...later.items, ...later.overdue].some((x) => x.taskId === soon.id)).toBe(false);
  });

  it('shows the substitute the absent colleague’s tasks, marked as substitute duties', async () => {
    await ok(system.client(bo.token).POST('/persons/{id}/absences', { params: { path: { id: bo.person.id } }, body: { startsAt: inSeconds(-60), endsAt: inSeconds(86_400), substituteId: anna.person.id } }));
    const bos = (await week(bo)).items.find((x) => x.title === 'Bos egen uppgift')!;
    expect((await week(anna)).items.find((x) => x.taskId === bos.taskId)).toMatchObject({ substituteFor: bo.person.id });
  });

  it('carries the calendar subscription’s status, never its secret', async () => {
    expect((await week(participant)).calendarFeed).toEqual({ active: false, createdAt: null });
    await ok(system.client(participant.token).POST('/me/calendar-feed'));
    const view = await week(participant);
    expect(view.calendarFeed.active).toBe(true);
    expect(view.calendarFeed.url).toBeUndefined();
    expect(view.items).toEqual([]);
  });

  it('gives a participant their cohort’s info meeting, the interview booked with them and, once admitted, the cohort’s events', async () => {
    const office$ = system.client(office.token);
    const programId = (await ok(office$.POST('/programs', { body: { templateKey: 'fast-track', name: `Fast Track ${Date.now()}` } }))).id;
    const infoMeetingAt = new Date(Date.now() - 60_000).toISOString();
    const cohort = await ok(office$.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Hösten 2026', infoMeetingAt } }));
    const candidate = await createPerson(system, 'participant');
    await ok(office$.POST('/cohorts/{id}/attendees', { params: { path: { id: cohort.id } }, body: { personIds: [candidate.person.id] } }));
    await ok(office$.POST('/cohorts/{id}/registrations', { params: { path: { id: cohort.id } }, body: { personId: candidate.person.id } }));
    const interviewAt = new Date(Date.now() + 86_400_000).toISOString();
    const interview = await ok(office$.POST('/cohorts/{id}/interviews', { params: { path: { id: cohort.id } }, body: { personId: candidate.person.id, interviewerId: office.person.id, startsAt: interviewAt } }));
    await ok(office$.POST('/cohorts/{id}/events', { params: { path: { id: cohort.id } }, body: { kind: 'study-visit', title: 'Studiebesök på Ericsson', heldOn: day(0) } }));

    const before = await week(candidate, stockholmDay(infoMeetingAt));
    expect(before.items.map((x) => [x.source, x.kind, x.title])).toEqual([
      ['info-meeting', 'meeting', 'Hösten 2026'],
      ['interview', 'meeting', 'Hösten 2026'],
    ]);
    // The interview is the interviewer's task: the candidate gets the meeting, never the task.
    expect(before.items[1]).toMatchObject({ at: interviewAt, taskId: null, cohortId: cohort.id });
    expect((await week(office)).items.find((x) => x.taskId === interview.taskId)).toMatchObject({ kind: 'meeting', purpose: 'interview' });

    await ok(office$.POST('/cohorts/{id}/admissions', { params: { path: { id: cohort.id } }, body: { personId: candidate.person.id } }));
    const admitted = await eventually(async () => {
      const view = await week(candidate, stockholmDay(infoMeetingAt));
      return view.items.some((x) => x.source === 'cohort-event') ? view : undefined;
    }, 15_000, 'the cohort event on the admitted participant’s week');
    expect(admitted.items.find((x) => x.source === 'cohort-event')).toMatchObject({ kind: 'event', title: 'Studiebesök på Ericsson', day: day(0), at: null, cohortId: cohort.id });
    // Another participant of nobody's cohort sees none of it.
    expect((await week(participant)).items).toEqual([]);
  }, 60_000);

  it('refuses a date that is none or far off with 400, and managers with 403', async () => {
    for (const from of ['2026-02-30', 'next-week', '20261207', '1899-12-31', '2150-01-01']) {
      const answer = await rawHttp(system.baseUrl, 'GET', `/me/week?from=${from}`, { token: anna.token });
      expect([from, answer.status]).toEqual([from, 400]);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
    }
    expect((await rawHttp(system.baseUrl, 'GET', '/me/week', { token: manager.token })).status).toBe(403);
    expect((await rawHttp(system.baseUrl, 'GET', '/me/week')).status).toBe(401);
  });
});
