import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Schemas } from '@gov/api-client';
import { GovernanceApi, personBody } from '@gov/devstack';
import { CohortMemberEntity, TaskEntity } from '@gov/persistence';
import { createOrganization, createPerson } from '../support/people.js';
import { eventually, startSystem, type JourneyBodies, type TestSystem } from '../support/system.js';

type Journey = Schemas['JourneyView'];

/**
 * A cohort template of another shape than Fast Track, through the HTTP API: Yrkessvenska för
 * vårdbiträden, with two lists (reserve list, then interest list) and four knowledge levels (A2 to
 * C1). Info meeting, interest registration, interviews whose outcomes are the template's lists,
 * admission up to the capacity, freed places offered from the first list in the template's order
 * (before an earlier joiner of the second), and a participant journey assessed on one of the four
 * levels — keys the template does not declare refused with a 400 that names those it does.
 */
describe('a cohort template of another shape: Yrkessvenska, two lists, four knowledge levels', () => {
  let system: TestSystem;
  let api: GovernanceApi;
  let interviewer: { id: string; token: string };
  let programId: string;
  let cohortId: string;
  const people: string[] = [];

  const cohort = () => api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
  const openOffers = (c: { offers: { personId: string; status: string }[] }) => c.offers.filter((o) => o.status === 'open').map((o) => o.personId);
  const member = (personId: string) => system.db.getRepository(CohortMemberEntity).findOneByOrFail({ cohortId, personId });
  const outcome = (personId: string, value: string) =>
    api.call(api.as(interviewer.token).POST('/cohorts/{id}/interviews/{personId}/outcome', { params: { path: { id: cohortId, personId } }, body: { outcome: value } }));
  const journey = (id: string) => api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohortId, personId: id } } }));
  const send = <C extends keyof JourneyBodies>(id: string, what: C, body: JourneyBodies[C]) =>
    api.call(api.POST(`/cohorts/{id}/participants/{personId}/${what}` as '/cohorts/{id}/participants/{personId}/progress', { params: { path: { id: cohortId, personId: id } }, body: body as never }));

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    api = new GovernanceApi(system.baseUrl, (await createPerson(system, 'project_office')).token);
    const contact = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system, `Vård- och omsorgsförvaltningen ${Date.now()}`)).id });
    interviewer = { id: contact.person.id, token: contact.token };
    // The template as data only: registered from its file under a key of its own, like a municipality's own.
    const file = JSON.parse(readFileSync(new URL('../../libs/domain/templates/yrkessvenska.v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const key = `yrkessvenska-${Date.now().toString(36)}`;
    expect((await api.call(api.POST('/templates', { body: { ...file, key } as never }))).status).toBe(201);
    const program = await api.ok(api.POST('/programs', { body: { templateKey: key, name: 'Yrkessvenska Västerort' } }));
    programId = program.id;
    expect(program).toMatchObject({ templateKey: key, templateVersion: 1, kind: 'cohort' });
    for (let i = 0; i < 10; i++) {
      people.push((await api.ok(api.POST('/persons', { body: personBody({ displayName: `Vårdbiträde ${i + 1}`, email: `ys.${i + 1}.${programId.slice(0, 8)}@example.se`, role: 'participant' }) }))).id);
    }
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  it("starts a cohort with the template's two lists in offer order and its four knowledge levels", async () => {
    cohortId = (await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Våren 2020', capacity: 3, infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString() } }))).id;
    const c = await cohort();
    expect(c.capacity).toBe(3);
    expect(c.listOrder).toEqual(['reserves', 'interest']);
    expect(c.listDefinitions.map((l) => [l.key, l.name.sv, l.name.en])).toEqual([
      ['reserves', 'Reservlista', 'Reserve list'],
      ['interest', 'Intresselista', 'Interest list'],
    ]);
    expect(c.knowledgeLevels.map((l) => l.key)).toEqual(['a2', 'b1', 'b2', 'c1']);
    expect(c.lists).toEqual({ reserves: [], interest: [] });
    expect(c.studyWeeks).toBe(12);
    expect(c.modules.map((m) => m.key)).toEqual(['everyday-care-swedish', 'care-communication', 'documentation', 'hygiene-safety', 'working-life']);
  });

  it("holds the info meeting, registers interest, and interviews with the template's lists as outcomes", async () => {
    expect((await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: cohortId } }, body: { personIds: people } }))).attendees).toBe(10);
    for (const id of people.slice(0, 8)) await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: id } }));
    const day = Date.now() + 86_400_000;
    const interviews: { taskId: string }[] = [];
    for (const [i, id] of people.slice(0, 8).entries()) {
      interviews.push(await api.ok(api.POST('/cohorts/{id}/interviews', { params: { path: { id: cohortId } }, body: { personId: id, interviewerId: interviewer.id, startsAt: new Date(day + i * 3_600_000).toISOString() } })));
    }
    // The interview task asks for this cohort's outcomes: admit, its two lists, or not suitable.
    const task = await api.ok(api.as(interviewer.token).GET('/tasks/{id}', { params: { path: { id: interviews[0].taskId } } }));
    expect(task.answerForm?.fields.find((f) => f.key === 'outcome')?.options).toEqual(['admit', 'reserves', 'interest', 'not-suitable']);
    expect(task.instructions).toMatch(/Reservlista, Intresselista/);

    // Fast Track's lists are not this cohort's: a 400 naming the outcomes it takes, and nothing changes.
    const fastTrackList = await outcome(people[3], 'waiting');
    expect(fastTrackList.status).toBe(400);
    expect(fastTrackList.body.errors).toEqual([{ field: 'outcome', message: "'waiting' is not an interview outcome of this cohort's template; outcome must be one of: admit, reserves, interest, not-suitable" }]);
    expect((await member(people[3])).status).toBe('registered');
    expect((await system.db.getRepository(TaskEntity).findOneByOrFail({ id: interviews[3].taskId })).status).toBe('open');

    for (const id of people.slice(0, 3)) expect((await outcome(id, 'admit')).status).toBe(200);
    expect((await outcome(people[7], 'admit')).body.detail).toMatch(/full: 3 of 3/);
    // The interest list's first joiner comes before the reserve list's, in joining order.
    expect((await outcome(people[3], 'interest')).body).toMatchObject({ status: 'interest' });
    expect((await outcome(people[4], 'reserves')).body).toMatchObject({ status: 'reserves' });
    expect((await outcome(people[5], 'interest')).status).toBe(200);
    expect((await outcome(people[6], 'reserves')).status).toBe(200);
    expect((await outcome(people[7], 'not-suitable')).status).toBe(200);
    expect((await member(people[4])).status).toBe('reserves');

    const c = await cohort();
    expect(c.counts).toEqual({ attendees: 10, registered: 8, admitted: 3 });
    expect(Object.fromEntries(Object.entries(c.lists).map(([k, v]) => [k, v.map((p) => p.personId)]))).toEqual({ reserves: [people[4], people[6]], interest: [people[3], people[5]] });
  }, 120_000);

  it("refuses a list the template does not declare with a 400 naming its lists, and stores nothing", async () => {
    const refused = await api.call(api.POST('/cohorts/{id}/lists', { params: { path: { id: cohortId } }, body: { personId: people[5], list: 'passive-interest' } }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'list', message: "'passive-interest' is not one of the lists of this cohort's template; list must be one of: reserves, interest" }]);
    expect((await member(people[5])).status).toBe('interest');
    expect((await cohort()).lists.interest.map((p) => p.personId)).toEqual([people[3], people[5]]);
    // A declared list is taken: moved to the reserve list, the person joins its end.
    expect((await api.call(api.POST('/cohorts/{id}/lists', { params: { path: { id: cohortId } }, body: { personId: people[5], list: 'reserves' } }))).status).toBe(200);
    expect((await cohort()).lists.reserves.map((p) => p.personId)).toEqual([people[4], people[6], people[5]]);
  });

  it('offers freed places from the first list in the template order, then the next', async () => {
    await api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId } }, body: { personId: people[0] } }));
    // The interest list's people[3] joined first, but the reserve list comes first.
    expect(openOffers(await cohort())).toEqual([people[4]]);
    await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[4] } }, body: { accept: true } }));
    await api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId } }, body: { personId: people[1] } }));
    expect(openOffers(await cohort())).toEqual([people[6]]);
    await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[6] } }, body: { accept: false } }));
    expect(openOffers(await cohort())).toEqual([people[5]]);
    await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[5] } }, body: { accept: false } }));
    // The reserve list has been offered through: the interest list is next.
    expect(openOffers(await cohort())).toEqual([people[3]]);
    await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[3] } }, body: { accept: true } }));
    const c = await cohort();
    expect(c.admitted.map((a) => a.personId).sort()).toEqual([people[2], people[4], people[3]].sort());
    // The promotion history (the audit trail, written as the workflow goes) names the list each offer came from.
    const offered = await eventually(async () => {
      const history = await api.ok(api.GET('/cohorts/{id}/history', { params: { path: { id: cohortId } } }));
      const entries = history.filter((h) => h.type === 'place_offered').map((h) => [h.personId, h.from]);
      return entries.length === 4 ? entries : undefined;
    }, 30_000, 'four offers in the history');
    expect(offered).toEqual([
      [people[4], 'reserves'],
      [people[6], 'reserves'],
      [people[5], 'reserves'],
      [people[3], 'interest'],
    ]);
  }, 60_000);

  it("assesses a participant on one of the four levels, plans with its factor, and counts the levels per the template", async () => {
    const [steady, slow] = [people[2], people[4]];
    for (const id of [steady, slow]) {
      await eventually(async () => ((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohortId, personId: id } } }))).status === 200 ? true : undefined), 30_000, 'the journey to start');
    }
    // Fast Track's level is not this cohort's: a 400 naming the four.
    const refused = await send(steady, 'assessment', { level: 'very-good', universityStudies: false, paceKey: 'planned', ambition: 1 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'level', message: "'very-good' is not a knowledge level of this cohort's template; level must be one of: a2, b1, b2, c1" }]);
    expect((await journey(steady)).status).toBe('assessment');

    const assessed = (await send(steady, 'assessment', { level: 'b2', universityStudies: false, paceKey: 'planned', ambition: 1 })).body as Journey;
    expect(assessed).toMatchObject({ status: 'studying', assessment: { level: 'b2', universityStudies: false }, paceKey: 'planned', totalItems: 15 });
    expect(assessed.materialAccess).toEqual(['everyday-care-swedish', 'working-life']);
    const basic = (await send(slow, 'assessment', { level: 'a2', universityStudies: false, paceKey: 'planned', ambition: 1 })).body as Journey;
    // A2 plans slower than B2 (factor 0.7 against 1.05), beyond the 12 study weeks.
    expect(basic.plan.length).toBeGreaterThan(assessed.plan.length);
    expect(basic.plan.length).toBeGreaterThan(12);
    expect(assessed.plan.length).toBeLessThanOrEqual(12);
    expect(assessed.plan[0].items[0]).toBe('everyday-care-swedish/greetings');

    const progressed = (await send(steady, 'progress', { week: 1, completed: 3 })).body as Journey;
    expect(progressed.materialAccess).toEqual(['everyday-care-swedish', 'working-life', 'care-communication', 'hygiene-safety']);
    expect((await send(steady, 'level-assessments', { week: 3, level: 'good' })).status).toBe(400);
    const followed = (await send(steady, 'level-assessments', { week: 3, level: 'c1' })).body as Journey;
    expect(followed.levels).toEqual([
      { week: 0, level: 'b2' },
      { week: 3, level: 'c1' },
    ]);

    // Every one of the template's levels is counted, zeros included (the journeys' entries are written as they go).
    const expected = [
      { week: 0, levels: { a2: 1, b1: 0, b2: 1, c1: 0 } },
      { week: 3, levels: { a2: 1, b1: 0, b2: 0, c1: 1 } },
    ];
    const analytics = await eventually(async () => {
      const a = await api.ok(api.GET('/cohorts/{id}/analytics', { params: { path: { id: cohortId } } }));
      return JSON.stringify(a.knowledgeLevels) === JSON.stringify(expected) ? a : undefined;
    }, 30_000, 'both assessments and the follow-up in the analytics');
    expect(analytics.knowledgeLevels).toEqual(expected);

    const report = await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId } } }));
    expect(report.lists).toEqual([
      { key: 'reserves', name: { sv: 'Reservlista', en: 'Reserve list' }, count: 2 },
      { key: 'interest', name: { sv: 'Intresselista', en: 'Interest list' }, count: 0 },
    ]);
    expect(report.admission).not.toHaveProperty('waiting');
    // Five given a place, two of them withdrawn before the start: three started.
    expect(report.admission).toMatchObject({ attendees: 10, registered: 8, capacity: 3, admitted: 5, withdrawn: 2, started: 3 });
    const markdown = (await api.call(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId }, query: { format: 'markdown', lang: 'sv' } }, parseAs: 'text' }))).body as string;
    expect(markdown).toMatch(/\| Reservlista \| 2 \|/);
    expect(markdown).toMatch(/\| Intresselista \| 0 \|/);
  }, 120_000);

  it("reads a Fast Track cohort stored before templates declared their lists (listOrder, levels without factors) as before", async () => {
    const fastTrack = (await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track, lagrad före listorna' } }))).id;
    const old = (await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: fastTrack } }, body: { name: 'Hösten 2019', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString() } }))).id;
    // The settings as the API stored them before: listOrder instead of lists, and no level factors.
    await system.db.query(
      `UPDATE cohorts SET settings = (settings - 'lists') || jsonb_build_object('listOrder', '["waiting","active-interest","passive-interest"]'::jsonb,
         'knowledgeLevels', (SELECT jsonb_agg(l - 'factor') FROM jsonb_array_elements(settings->'knowledgeLevels') l)) WHERE id = $1`,
      [old],
    );
    const c = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: old } } }));
    expect(c.listOrder).toEqual(['waiting', 'active-interest', 'passive-interest']);
    expect(c.listDefinitions.map((l) => l.name.en)).toEqual(['Waiting list', 'Active interest', 'Passive interest']);
    expect(c.knowledgeLevels.map((l) => l.key)).toEqual(['basic', 'good', 'very-good']);
    expect(c.lists).toEqual({ waiting: [], 'active-interest': [], 'passive-interest': [] });
    const person = people[9];
    await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: old } }, body: { personIds: [person] } }));
    await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: old } }, body: { personId: person } }));
    expect((await api.call(api.POST('/cohorts/{id}/lists', { params: { path: { id: old } }, body: { personId: person, list: 'reserves' } }))).body.errors).toEqual([
      { field: 'list', message: "'reserves' is not one of the lists of this cohort's template; list must be one of: waiting, active-interest, passive-interest" },
    ]);
    expect((await api.ok(api.POST('/cohorts/{id}/lists', { params: { path: { id: old } }, body: { personId: person, list: 'passive-interest' } }))).status).toBe('passive-interest');
    const report = await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: old } } }));
    expect(report.admission).toMatchObject({ waiting: 0, activeInterest: 0, passiveInterest: 1 });
    expect(report.lists.map((l) => [l.key, l.count])).toEqual([
      ['waiting', 0],
      ['active-interest', 0],
      ['passive-interest', 1],
    ]);
  }, 60_000);
});
