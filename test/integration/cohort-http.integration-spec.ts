import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GovernanceApi, personBody, tokenBody } from '@gov/devstack';
import { CohortMemberEntity } from '@gov/persistence';
import { recordHistory } from '../support/histories.js';
import { createPerson } from '../support/people.js';
import { eventually, invalid, startSystem, type JourneyBodies, type TestSystem } from '../support/system.js';

/** Fast Track admission over HTTP (work in progress for its issue): info meeting → registration → admission → lists → offers. */
describe('a Fast Track cohort over HTTP: 50 at the info meeting, 25 registered, 12 admitted, three lists', () => {
  let system: TestSystem;
  let api: GovernanceApi;
  let cohortId: string;
  let programId: string;
  const people: { id: string; token?: string }[] = [];

  beforeAll(async () => {
    // These scenarios poll the API while workflows move on: the per-token rate limit is not under test here.
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    api = new GovernanceApi(system.baseUrl, (await createPerson(system, 'project_office')).token);
    programId = (await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track hösten 2019' } }))).id;
    for (let i = 0; i < 50; i++) {
      people.push({ id: (await api.ok(api.POST('/persons', { body: personBody({ displayName: `Deltagare ${i + 1}`, email: `deltagare.${i + 1}.${programId.slice(0, 8)}@example.se`, role: 'participant' }) }))).id });
    }
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('registers the info meeting and the interest, admits up to the capacity and refuses beyond it', async () => {
    const cohort = await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Hösten 2019', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString() } }));
    cohortId = cohort.id;
    expect((await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: cohortId } }, body: { personIds: people.map((p) => p.id) } }))).attendees).toBe(50);
    for (const p of people.slice(0, 25)) await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: p.id } }));
    expect((await api.call(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: people[0].id } }))).status).toBe(409);
    // Someone who only came to the meeting cannot be admitted.
    expect((await api.call(api.POST('/cohorts/{id}/admissions', { params: { path: { id: cohortId } }, body: { personId: people[30].id } }))).body.detail).toMatch(/not registered interest/);
    for (const p of people.slice(0, 12)) await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path: { id: cohortId } }, body: { personId: p.id } }));
    const full = await api.call(api.POST('/cohorts/{id}/admissions', { params: { path: { id: cohortId } }, body: { personId: people[12].id } }));
    expect(full.status).toBe(409);
    expect(full.body.detail).toMatch(/full: 12 of 12/);
    expect(await system.db.getRepository(CohortMemberEntity).countBy({ cohortId, status: 'admitted' })).toBe(12);
  }, 60_000);

  it('fills the three lists and offers two places freed at the same moment to the first two on the waiting list', async () => {
    const lists = [...Array(5).fill('waiting'), ...Array(4).fill('active-interest'), ...Array(4).fill('passive-interest')];
    for (const [i, list] of lists.entries()) await api.ok(api.POST('/cohorts/{id}/lists', { params: { path: { id: cohortId } }, body: { personId: people[12 + i].id, list } }));
    let cohort = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
    expect([cohort.lists.waiting.length, cohort.lists['active-interest'].length, cohort.lists['passive-interest'].length]).toEqual([5, 4, 4]);
    expect(cohort.counts).toEqual({ attendees: 50, registered: 25, admitted: 12 });

    await Promise.all([api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId } }, body: { personId: people[0].id } })), api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId } }, body: { personId: people[1].id } }))]);
    cohort = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
    expect(cohort.counts.admitted).toBe(10);
    const open = () => cohort.offers.filter((o: { status: string }) => o.status === 'open').map((o: { personId: string }) => o.personId);
    expect(open()).toEqual([people[12].id, people[13].id]);

    // The person answers their own offer; they cannot answer someone else's.
    const first = people[12];
    first.token = (await api.ok(api.POST('/persons/{id}/tokens', { params: { path: { id: first.id } }, body: tokenBody({ name: 'svar' }) }))).token!;
    expect((await api.call(api.as(first.token).POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[13].id } }, body: { accept: true } }))).status).toBe(404);
    expect((await api.call(api.POST('/cohorts/{id}/admissions', { params: { path: { id: cohortId } }, body: { personId: people[20].id } }))).body.detail).toMatch(/held by open offers/);
    await api.ok(api.as(first.token).POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: first.id } }, body: { accept: true } }));
    // Declined on the person's behalf: the place moves on to the next on the waiting list.
    await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[13].id } }, body: { accept: false } }));
    cohort = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
    expect(cohort.counts.admitted).toBe(11);
    expect(open()).toEqual([people[14].id]);
    expect((await api.call(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[13].id } }, body: { accept: true } }))).body.detail).toMatch(/already declined/);
    expect((await api.call(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[20].id } }, body: { accept: true } }))).body.detail).toMatch(/no offered place/);
    const audit = await eventually(async () => {
      const page = await api.ok(api.GET('/audit', { params: { query: { cohortId, type: 'cohort.place_offered' } } }));
      return page.items.length === 3 ? page : undefined;
    }, 15_000, 'three offers in the audit trail');
    expect(audit.items.map((e) => e.subjectPersonId)).toEqual([people[14].id, people[13].id, people[12].id]);
  }, 60_000);

  it("runs a participant's journey: assessment, tailored plan, weekly progress, the advanced track, a dropout freeing the place", async () => {
    const [fast, steady, leaving] = [people[2].id, people[3].id, people[4].id];
    const journey = (id: string) => api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohortId, personId: id } } }));
    const send = <C extends keyof JourneyBodies>(id: string, what: C, body: JourneyBodies[C]) =>
      api.call(api.POST(`/cohorts/{id}/participants/{personId}/${what}` as '/cohorts/{id}/participants/{personId}/progress', { params: { path: { id: cohortId, personId: id } }, body: body as never }));
    await eventually(async () => ((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohortId, personId: fast } } }))).status === 200 ? true : undefined), 15_000, 'the journey to start');
    expect((await journey(fast)).status).toBe('assessment');
    expect((await send(fast, 'progress', { week: 1, completed: 1 })).body.detail).toMatch(/Assess the participant first/);

    const assessed = (await send(fast, 'assessment', { level: 'very-good', universityStudies: true, paceKey: 'faster', ambition: 1.2 })).body;
    expect(assessed.status).toBe('studying');
    expect(assessed.totalItems).toBe(17);
    expect(assessed.plan.length).toBeLessThan(10);
    expect((await send(fast, 'assessment', { level: 'basic', universityStudies: false, paceKey: 'planned', ambition: 1 })).status).toBe(409);
    const slow = (await send(steady, 'assessment', { level: 'basic', universityStudies: false, paceKey: 'slower', ambition: 1 })).body;
    expect(slow.plan.length).toBeGreaterThan(10);
    expect((await send(steady, 'assessment', { level: invalid('expert'), universityStudies: false, paceKey: 'planned', ambition: 1 })).status).toBe(400);

    // Far ahead of the plan by week 2: proposed for the advanced track, which the office decides.
    await send(fast, 'progress', { week: 1, completed: 7 });
    const ahead = (await send(fast, 'progress', { week: 2, completed: 6 })).body;
    expect(ahead.weeksAhead).toBeGreaterThanOrEqual(2);
    expect(ahead.advancedTrack).toBe('proposed');
    expect((await send(fast, 'advanced-track', { accept: true })).body.advancedTrack).toBe('accepted');
    expect((await send(fast, 'progress', { week: 2, completed: 1 })).body.detail).toMatch(/week 2 is already reported/);
    expect((await send(fast, 'progress', { week: 3, completed: 5 })).body.detail).toMatch(/only 4 of the modules' 17 items are left/);
    await send(steady, 'progress', { week: 1, completed: 1 });
    const behind = (await send(steady, 'progress', { week: 2, completed: 0 })).body;
    expect(behind.weeksAhead).toBeLessThan(0);
    expect(behind.advancedTrack).toBe('none');
    const replanned = (await send(steady, 'plan', { paceKey: 'planned', ambition: 1 })).body;
    expect(replanned.planVersion).toBe(2);
    // Follow-up assessments: the knowledge level over time, in later weeks; the plan stays.
    const followed = (await send(steady, 'level-assessments', { week: 2, level: 'good' })).body;
    expect(followed.levels).toEqual([{ week: 0, level: 'basic' }, { week: 2, level: 'good' }]);
    expect(followed.planVersion).toBe(2);
    expect((await send(steady, 'level-assessments', { week: 2, level: 'very-good' })).body.detail).toMatch(/last assessed in week 2: a follow-up comes in a later week/);
    expect((await send(steady, 'level-assessments', { week: 20, level: 'very-good' })).body.detail).toMatch(/week must be 1 … 14/);
    expect((await send(steady, 'level-assessments', { week: 3, level: invalid('expert') })).status).toBe(400);
    expect((await journey(steady)).levels).toHaveLength(2);

    // A dropout frees the place: the cohort offers it to the next person on the lists.
    const before = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
    await send(leaving, 'leave', { outcome: 'dropped' });
    const after = await eventually(async () => {
      const c = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
      return c.counts.admitted === before.counts.admitted - 1 ? c : undefined;
    }, 15_000, 'the cohort to hear of the dropout');
    const openNow = after.offers.filter((o: { status: string }) => o.status === 'open').map((o: { personId: string }) => o.personId);
    expect(openNow).toEqual([people[14].id, people[15].id]);
    expect((await send(leaving, 'progress', { week: 3, completed: 1 })).status).toBe(409);
    expect((await send(leaving, 'level-assessments', { week: 3, level: 'good' })).body.detail).toMatch(/dropped out/);
    expect((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohortId, personId: people[40].id } } }))).status).toBe(404);
    recordHistory(system.config.temporal.address, `journey-${cohortId}-${fast}`, 'participant-journey-advanced-track');
    recordHistory(system.config.temporal.address, `journey-${cohortId}-${leaving}`, 'participant-journey-dropped-out');
    recordHistory(system.config.temporal.address, `cohort-${cohortId}`, 'cohort-with-journeys');
  }, 60_000);

  it('reports cohort analytics and compares with an earlier reference cohort', async () => {
    // A reference cohort with two slower participants.
    const reference = await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Referens 2018', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString() } }));
    for (const p of [people[25], people[26]]) {
      await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: reference.id } }, body: { personId: p.id } }));
      await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path: { id: reference.id } }, body: { personId: p.id } }));
    }
    for (const p of [people[25], people[26]]) {
      await eventually(async () => ((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: reference.id, personId: p.id } } }))).status === 200 ? true : undefined), 15_000, 'the reference journeys');
      await api.ok(api.POST('/cohorts/{id}/participants/{personId}/assessment', { params: { path: { id: reference.id, personId: p.id } }, body: { level: 'good', universityStudies: false, paceKey: 'planned', ambition: 1 } }));
      for (const week of [1, 2, 3]) await api.ok(api.POST('/cohorts/{id}/participants/{personId}/progress', { params: { path: { id: reference.id, personId: p.id } }, body: { week, completed: 2 } }));
    }
    const analytics = await eventually(async () => {
      const a = await api.ok(api.GET('/cohorts/{id}/analytics', { params: { path: { id: cohortId }, query: { referenceCohortId: reference.id } } }));
      return a.completedPerWeek[1] === 6 && a.reference?.completedPerParticipantCumulative[2] === 6 ? a : undefined;
    }, 15_000, 'the journey events in the trail');
    expect(analytics.completedPerWeek.slice(0, 3)).toEqual([8, 6, 0]);
    // The 11 who started: 13 given a place, less the two who withdrew before the start (the dropout stays).
    expect(analytics.participants).toBe(11);
    expect(analytics.modules[0].module).toBe('it-foundations');
    expect(analytics.modules[0].started).toBeCloseTo(2 / 11, 5);
    expect(analytics.modules[0].finished).toBeCloseTo(1 / 11, 5);
    expect(analytics.knowledgeLevels).toEqual([
      { week: 0, levels: { basic: 1, good: 0, 'very-good': 1 } },
      { week: 2, levels: { basic: 0, good: 1, 'very-good': 1 } },
    ]);
    expect(analytics.advancedTrackShare).toBeCloseTo(1 / 11, 5);
    expect(analytics.reference?.weeksAheadOfReference).toHaveLength(2);
    expect((await api.call(api.GET('/cohorts/{id}/analytics', { params: { path: { id: cohortId }, query: { referenceCohortId: 'nope' } } }))).status).toBe(400);

    // Focus groups, then the final report generated from the data.
    await api.ok(api.POST('/cohorts/{id}/evaluations', { params: { path: { id: cohortId } }, body: { heldOn: '2019-11-05', group: 'Fokusgrupp 1', findings: 'Mycket nöjd programgrupp; takten uppskattas.' } }));
    expect((await api.call(api.POST('/cohorts/{id}/evaluations', { params: { path: { id: cohortId } }, body: { heldOn: 'igår', group: 'x', findings: 'y' } }))).status).toBe(400);
    const report = await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId }, query: { referenceCohortId: reference.id } } }));
    expect(report.admission).toMatchObject({ attendees: 50, registered: 25, capacity: 12, admitted: 13, withdrawn: 2, started: 11, activeInterest: 4, passiveInterest: 4 });
    expect(report.outcomes.droppedOut).toBe(1);
    expect(report.evaluations).toEqual([{ heldOn: '2019-11-05', group: 'Fokusgrupp 1', findings: 'Mycket nöjd programgrupp; takten uppskattas.' }]);
    const md = await api.call(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId }, query: { format: 'markdown', lang: 'sv', referenceCohortId: reference.id } }, parseAs: 'text' }));
    expect(md.body).toMatch(/^# Slutrapport: Hösten 2019/);
    expect(md.body).toContain('| Informationsträff | 50 |');
    expect(md.body).toContain('## Jämfört med referensprogrammet: Referens 2018');
    expect(md.body).toContain('| 2019-11-05 | Fokusgrupp 1 |');
  }, 60_000);

  it('refuses interest after the registration window and lists for someone not registered', async () => {
    const old = await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Våren 2019', infoMeetingAt: new Date(Date.now() - 30 * 86_400_000).toISOString() } }));
    const late = await api.call(api.POST('/cohorts/{id}/registrations', { params: { path: { id: old.id } }, body: { personId: people[40].id } }));
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/closed at/);
    expect((await api.call(api.POST('/cohorts/{id}/lists', { params: { path: { id: cohortId } }, body: { personId: people[45].id, list: 'waiting' } }))).status).toBe(409);
    expect((await api.call(api.POST('/cohorts/{id}/lists', { params: { path: { id: cohortId } }, body: { personId: people[20].id, list: invalid('vip') } }))).status).toBe(400);
    const skola = (await api.ok(api.POST('/programs', { body: { templateKey: 'skola-forst', name: 'Inte en kohort' } }))).id;
    expect((await api.call(api.POST('/programs/{id}/cohorts', { params: { path: { id: skola } }, body: { name: 'x', infoMeetingAt: new Date().toISOString() } }))).status).toBe(409);
  }, 30_000);
});
