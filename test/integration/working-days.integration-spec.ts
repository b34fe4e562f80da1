import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WorkflowNotFoundError } from '@temporalio/client';
import { DEFAULT_CALENDAR_RULE, localDateOf, shiftWorkingDays, STOCKHOLM_CALENDAR } from '@gov/domain';
import { GovernanceApi, personBody, programBody, runPhaseOne, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS, seedNeedsCsv, taskBody } from '@gov/devstack';
import { networkStateQuery, networkWorkflowId, taskStateQuery, taskWorkflowId } from '@gov/temporal/contracts';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, invalid, startSystem, type TestSystem } from '../support/system.js';

/**
 * Deadlines that follow Swedish working days, through the API against the real stack: a task due
 * the Sunday after Midsummer moves to the Thursday before it and is reminded three working days
 * earlier (the workflow's own schedule), a changed due date on Boxing Day moves before Christmas,
 * and an offer window of three working days ends on the working day the calendar says.
 */
describe('working days in deadlines, reminders and offer windows', () => {
  let system: TestSystem;
  let api: GovernanceApi;
  let anna: TestPerson;

  /** What the task's workflow waits for next, as it says itself. */
  const nextNotice = async (taskId: string) => {
    try {
      return (await system.temporal.workflow.getHandle(taskWorkflowId(taskId)).query(taskStateQuery)).nextNotice;
    } catch (err) {
      // The start is delivered after the task's commit: not there yet is asked again.
      if (err instanceof WorkflowNotFoundError) return undefined;
      throw err;
    }
  };

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    api = new GovernanceApi(system.baseUrl, (await createPerson(system, 'project_office')).token);
    anna = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system)).id });
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('moves a deadline the Sunday after Midsummer to Thursday and reminds three working days before it, on Monday', async () => {
    const task = await api.ok(
      api.POST('/tasks', {
        body: taskBody({ title: 'Lämna in verksamhetsplanen', assigneeId: anna.person.id, dueAt: '2027-06-27T10:00:00+02:00', reminderPolicy: { before: ['3WD', '0WD'], overdueEvery: '1WD', maxOverdue: 2 }, calendar: { key: 'sverige' } }),
      }),
    );
    // Sunday 27 June, Midsummer Day and Midsummer Eve are days off: due Thursday 24 June at 10:00.
    expect(task.dueAt).toBe('2027-06-24T08:00:00.000Z');
    expect(task.calendar).toEqual({ key: 'sverige', basis: 'working-days' });
    expect((await api.ok(api.GET('/tasks/{id}', { params: { path: { id: task.id } } }))).dueAt).toBe('2027-06-24T08:00:00.000Z');
    // The workflow's first reminder: three working days before, Monday 21 June at 10:00.
    await eventually(async () => ((await nextNotice(task.id))?.at === '2027-06-21T08:00:00.000Z' ? true : undefined), 30_000, 'the reminder on Monday 21 June');
    expect(await nextNotice(task.id)).toEqual({ kind: 'reminder', number: 1, at: '2027-06-21T08:00:00.000Z' });

    // Moved to Boxing Day (a Saturday), 12:00: back over Christmas Day and Christmas Eve to Wednesday 23 December.
    const moved = await api.ok(api.PATCH('/tasks/{id}', { params: { path: { id: task.id } }, body: { dueAt: '2026-12-26T12:00:00+01:00' } }));
    expect(moved.dueAt).toBe('2026-12-23T11:00:00.000Z');
    // Three working days before Wednesday 23 December: Friday 18 December at 12:00.
    await eventually(async () => ((await nextNotice(task.id))?.at === '2026-12-18T11:00:00.000Z' ? true : undefined), 30_000, 'the reminder on Friday 18 December');
  });

  it('keeps a deadline without a calendar as given, and refuses a working-day notation it cannot read', async () => {
    const plain = await api.ok(api.POST('/tasks', { body: taskBody({ title: 'Utan kalender', assigneeId: anna.person.id, dueAt: '2027-06-27T10:00:00+02:00' }) }));
    expect([plain.dueAt, plain.calendar]).toEqual(['2027-06-27T08:00:00.000Z', null]);
    const refused = await api.call(api.POST('/tasks', { body: taskBody({ title: 'Fel', assigneeId: anna.person.id, dueAt: '2027-06-27T10:00:00+02:00', reminderPolicy: { before: ['3 arbetsdagar'] } }) }));
    expect(refused.status).toBe(400);
    const unknown = await api.call(api.POST('/tasks', { body: taskBody({ title: 'Fel', assigneeId: anna.person.id, dueAt: '2027-06-27T10:00:00+02:00', calendar: invalid({ key: 'uppsala' }) }) }));
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.errors)).toMatch(/calendar/);
  });

  it('plans the network’s meetings off the autumn break when the template says so, and shows why a date moved', async () => {
    const orgs = [await createOrganization(system), await createOrganization(system)];
    const contacts = [await createPerson(system, 'contact_person', { organizationId: orgs[0].id, permissions: ['gate.decide'] }), await createPerson(system, 'contact_person', { organizationId: orgs[1].id })];
    const cadence = { initialEvery: 'P4W', initialMeetings: 2, thenEvery: 'P13W', statusReportBefore: 'P7D', calendar: { key: 'vasteras', basis: 'school-year' } };
    const program = await api.ok(api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', name: 'Nätverk utanför loven', governance: { network: cadence } }) }));
    const categories = (await api.ok(api.GET('/programs/{id}/governance', { params: { path: { id: program.id } } }))).needCategories.map((c) => c.key);
    await runPhaseOne(api, program.id, {
      sessions: SEED_SESSIONS.slice(0, 1),
      needsCsv: [seedNeedsCsv(categories, { total: 20 })],
      focusAreas: SEED_FOCUS_AREAS,
      collaborationModel: SEED_COLLABORATION_MODEL,
      gateOwnerId: contacts[0].person.id,
      members: contacts.map((c, i) => ({ organizationId: orgs[i].id, personId: c.person.id })),
      kickoffAt: '2027-10-04T15:00:00+02:00',
      communicationPlan: SEED_COMMUNICATION_PLAN,
    });
    const network = await api.ok(api.GET('/programs/{id}/network', { params: { path: { id: program.id } } }));
    expect(network.cadence?.calendar).toEqual({ key: 'vasteras', basis: 'school-year' });
    // Meeting 1 falls on Monday 1 November 2027 by the cadence, in höstlov: it moves to Monday 8 November, same time.
    const [kickoff, first, second] = network.plan;
    expect([kickoff.number, kickoff.startsAt, kickoff.movedOver]).toEqual([0, '2027-10-04T13:00:00.000Z', []]);
    expect([first.byCadence, first.startsAt]).toEqual(['2027-11-01T13:00:00.000Z', '2027-11-08T13:00:00.000Z']);
    expect(first.movedOver.map((d) => `${d.date} ${d.kind} ${d.name.sv}`)).toEqual([
      '2027-11-01 school-break Höstlov',
      '2027-11-02 school-break Höstlov',
      '2027-11-03 school-break Höstlov',
      '2027-11-04 school-break Höstlov',
      '2027-11-05 school-break Höstlov',
      '2027-11-06 public-holiday Alla helgons dag',
      '2027-11-07 weekend Söndag',
    ]);
    expect(second.movedOver).toEqual([]);
    // The network's workflow plans by the same rule: its next meeting is the kickoff, on the day it was put.
    const state = await eventually(async () => (await system.temporal.workflow.getHandle(networkWorkflowId(program.id)).query(networkStateQuery).catch(() => undefined)) ?? undefined, 30_000, 'the network workflow');
    expect(state.nextMeetingAt).toBe('2027-10-04T13:00:00.000Z');
  }, 180_000);

  it('gives a program that follows a calendar step tasks due in working days of it', async () => {
    const before = Date.now();
    const program = await api.ok(
      api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', name: 'Arbetsdagar i stegen', governance: { calendar: { key: 'sverige', basis: 'working-days' }, durations: { step: '5WD', gate: '10WD', activityPlanning: 'P30D', activityEvaluation: 'P30D', yearlyCheckEvery: 'P52W' } } }) }),
    );
    expect((await api.ok(api.GET('/programs/{id}/governance', { params: { path: { id: program.id } } }))).calendar).toEqual({ key: 'sverige', basis: 'working-days' });
    const position = await api.atStep(program.id, 'plan-gathering');
    const after = Date.now();
    const task = await api.ok(api.GET('/tasks/{id}', { params: { path: { id: position.stepTaskId! } } }));
    expect(task.calendar).toEqual({ key: 'sverige', basis: 'working-days' });
    // Five Swedish working days after the step opened, at the same local time.
    const due = Date.parse(task.dueAt);
    expect(due).toBeGreaterThanOrEqual(shiftWorkingDays(before, 5, DEFAULT_CALENDAR_RULE));
    expect(due).toBeLessThanOrEqual(shiftWorkingDays(after, 5, DEFAULT_CALENDAR_RULE));
    // A template duration the schema cannot read is refused when the program is made.
    const refused = await api.call(api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', name: 'Fel', governance: { durations: { step: 'fem arbetsdagar', gate: 'P14D', activityPlanning: 'P30D', activityEvaluation: 'P30D', yearlyCheckEvery: 'P52W' } } }) }));
    expect(refused.status).toBe(400);
  });

  it('ends an offer window of three working days on the working day the cohort’s calendar gives', async () => {
    const programId = (await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track, arbetsdagar' } }))).id;
    const people: string[] = [];
    for (let i = 0; i < 2; i++) people.push((await api.ok(api.POST('/persons', { body: personBody({ displayName: `Deltagare ${i + 1}`, email: `arbetsdag.${i}.${programId.slice(0, 8)}@example.se`, role: 'participant' }) }))).id);
    const cohort = await api.ok(
      api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Våren 2027', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1, offerResponse: '3WD', calendar: { key: 'stockholm' } } }),
    );
    await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: cohort.id } }, body: { personIds: people } }));
    for (const id of people) await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohort.id } }, body: { personId: id } }));
    await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path: { id: cohort.id } }, body: { personId: people[0] } }));
    await api.ok(api.POST('/cohorts/{id}/lists', { params: { path: { id: cohort.id } }, body: { personId: people[1], list: 'waiting' } }));
    const before = Date.now();
    await api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohort.id } }, body: { personId: people[0] } }));
    const after = Date.now();
    const offer = (await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohort.id } } }))).offers.find((o) => o.personId === people[1] && o.status === 'open');
    expect(offer).toBeDefined();
    // The offer was made between `before` and `after`: its deadline is three Stockholm working days on, at the same local time.
    const rule = { calendar: STOCKHOLM_CALENDAR, basis: 'working-days' as const };
    const deadline = Date.parse(offer!.deadline);
    expect(deadline).toBeGreaterThanOrEqual(shiftWorkingDays(before, 3, rule));
    expect(deadline).toBeLessThanOrEqual(shiftWorkingDays(after, 3, rule));
    // Never on a day off, and at least three days on (a weekend in between makes it five).
    expect(localDateOf(deadline)).toBe(localDateOf(shiftWorkingDays(before, 3, DEFAULT_CALENDAR_RULE)));
    expect(deadline - before).toBeGreaterThanOrEqual(3 * 86_400_000 - 3_600_000);
  });

  it('keeps an offer window off the closure days the project office registers for the calendar (a julstängning)', async () => {
    // The next three working days become closure days of Västerås' calendar.
    const closed = [1, 2, 3].map((i) => localDateOf(shiftWorkingDays(Date.now(), i, DEFAULT_CALENDAR_RULE)));
    const closures = closed.map((date) => ({ date, name: { sv: 'Julstängning', en: 'Christmas closure' } }));
    const office = api;
    expect((await office.call(office.PUT('/calendars/{key}/closures', { params: { path: { key: 'vasteras' } }, body: { closures: [...closures, closures[0]] } }))).status).toBe(400);
    expect((await office.call(office.PUT('/calendars/{key}/closures', { params: { path: { key: invalid('uppsala') } }, body: { closures } }))).status).toBe(404);
    expect((await office.call(office.as(anna.token).PUT('/calendars/{key}/closures', { params: { path: { key: 'vasteras' } }, body: { closures } }))).status).toBe(403);
    const calendar = await office.ok(office.PUT('/calendars/{key}/closures', { params: { path: { key: 'vasteras' } }, body: { closures } }));
    expect(calendar.closures.map((c) => c.date)).toEqual(closed);
    expect((await office.ok(office.as(anna.token).GET('/calendars'))).find((c) => c.key === 'vasteras')?.closures.map((c) => `${c.date} ${c.name.sv}`)).toEqual(closed.map((d) => `${d} Julstängning`));
    try {
      const programId = (await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track, julstängt' } }))).id;
      const people: string[] = [];
      for (let i = 0; i < 2; i++) people.push((await api.ok(api.POST('/persons', { body: personBody({ displayName: `Deltagare ${i + 1}`, email: `jul.${i}.${programId.slice(0, 8)}@example.se`, role: 'participant' }) }))).id);
      const cohort = await api.ok(
        api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Jul', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1, offerResponse: '3WD', calendar: { key: 'vasteras' } } }),
      );
      await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: cohort.id } }, body: { personIds: people } }));
      for (const id of people) await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohort.id } }, body: { personId: id } }));
      await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path: { id: cohort.id } }, body: { personId: people[0] } }));
      await api.ok(api.POST('/cohorts/{id}/lists', { params: { path: { id: cohort.id } }, body: { personId: people[1], list: 'waiting' } }));
      const before = Date.now();
      await api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohort.id } }, body: { personId: people[0] } }));
      const after = Date.now();
      const offer = (await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohort.id } } }))).offers.find((o) => o.personId === people[1] && o.status === 'open');
      // Three working days after the three closure days: the sixth working day by Sweden's calendar.
      const deadline = Date.parse(offer!.deadline);
      expect(deadline).toBeGreaterThanOrEqual(shiftWorkingDays(before, 6, DEFAULT_CALENDAR_RULE));
      expect(deadline).toBeLessThanOrEqual(shiftWorkingDays(after, 6, DEFAULT_CALENDAR_RULE));
      expect(closed).not.toContain(localDateOf(deadline));
    } finally {
      await api.ok(api.PUT('/calendars/{key}/closures', { params: { path: { key: 'vasteras' } }, body: { closures: [] } }));
    }
  });
});
