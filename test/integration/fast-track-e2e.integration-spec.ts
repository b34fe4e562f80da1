import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Schemas } from '@gov/api-client';
import { answerBody, GovernanceApi, loadFastTrackDemo, personBody, tokenBody } from '@gov/devstack';
import { CohortMemberEntity, OutboxMessageEntity, TaskEntity } from '@gov/persistence';
import { recordHistory } from '../support/histories.js';
import { createOrganization, createPerson } from '../support/people.js';
import { eventually, invalid, startSystem, type JourneyBodies, type TestSystem } from '../support/system.js';

type Journey = Schemas['JourneyView'];

/**
 * The Fast Track cohort from info meeting to final report, through the HTTP API against the real
 * stack: 50 at the info meeting, 25 registrations, interviews as tasks whose outcomes fill the
 * cohort and the three lists, two withdrawals at once promoting in list order with offers sent as
 * tasks and mail, ten weeks of progress for every participant at different paces, material opened
 * module by module, the advanced track, a conference visit, project work, focus groups, the report.
 */
describe('Fast Track end to end: info meeting → interviews → admission → modules → project work → report', () => {
  let system: TestSystem;
  let api: GovernanceApi;
  let interviewer: { id: string; token: string };
  let programId: string;
  let cohortId: string;
  const people: string[] = [];
  const tokens = new Map<string, string>();
  /** Items we reported, per week (1-based index 0 = week 1), to check the report against. */
  const reportedPerWeek = Array<number>(14).fill(0);
  let participants: string[] = [];
  let dropout: string;

  const journey = (id: string) => api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohortId, personId: id } } }));
  const send = <C extends keyof JourneyBodies>(id: string, what: C, body: JourneyBodies[C]) =>
    api.call(api.POST(`/cohorts/{id}/participants/{personId}/${what}` as '/cohorts/{id}/participants/{personId}/progress', { params: { path: { id: cohortId, personId: id } }, body: body as never }));
  const cohort = () => api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
  const openOffers = (c: { offers: { personId: string; status: string }[] }) => c.offers.filter((o) => o.status === 'open').map((o) => o.personId);
  const tokenOf = async (id: string) => tokens.get(id) ?? tokens.set(id, (await api.ok(api.POST('/persons/{id}/tokens', { params: { path: { id } }, body: tokenBody({ name: 'deltagare' }) }))).token!).get(id)!;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    api = new GovernanceApi(system.baseUrl, (await createPerson(system, 'project_office')).token);
    const contact = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system, 'Arbetsmarknadsförvaltningen')).id });
    interviewer = { id: contact.person.id, token: contact.token };
    programId = (await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track Stockholm' } }))).id;
    for (let i = 0; i < 50; i++) {
      people.push((await api.ok(api.POST('/persons', { body: personBody({ displayName: `Deltagare ${i + 1}`, email: `ft.${i + 1}.${programId.slice(0, 8)}@example.se`, role: 'participant' }) }))).id);
    }
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('holds the info meeting, registers 25, interviews them as tasks, and the outcomes fill the cohort and the three lists', async () => {
    cohortId = (await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Hösten 2019', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString() } }))).id;
    expect((await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: cohortId } }, body: { personIds: people } }))).attendees).toBe(50);
    for (const id of people.slice(0, 25)) await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: id } }));
    // Only registered candidates are interviewed.
    expect((await api.call(api.POST('/cohorts/{id}/interviews', { params: { path: { id: cohortId } }, body: { personId: people[30], interviewerId: interviewer.id, startsAt: new Date().toISOString() } }))).body.detail).toMatch(/not registered interest/);
    expect((await api.call(api.POST('/cohorts/{id}/interviews', { params: { path: { id: cohortId } }, body: { personId: people[0], interviewerId: people[1], startsAt: new Date().toISOString() } }))).status).toBe(400);

    const day = Date.now() + 86_400_000;
    const interviews: { taskId: string }[] = [];
    for (const [i, id] of people.slice(0, 25).entries()) {
      interviews.push(await api.ok(api.POST('/cohorts/{id}/interviews', { params: { path: { id: cohortId } }, body: { personId: id, interviewerId: interviewer.id, startsAt: new Date(day + i * 3_600_000).toISOString() } })));
    }
    expect((await api.call(api.POST('/cohorts/{id}/interviews', { params: { path: { id: cohortId } }, body: { personId: people[0], interviewerId: interviewer.id, startsAt: new Date(day).toISOString() } }))).status).toBe(409);
    // The interviewer's inbox holds the 25 interviews, each with a calendar invitation by mail.
    const inbox = await api.ok(api.as(interviewer.token).GET('/me/tasks', { params: { query: { limit: 50 } } }));
    expect(inbox.total).toBe(25);
    expect(inbox.items.every((t: { purpose: string | null; meeting?: unknown }) => t.purpose === 'interview' && t.meeting)).toBe(true);
    await eventually(
      async () => ((await system.db.getRepository(OutboxMessageEntity).countBy({ recipientId: interviewer.id })) === 25 ? true : undefined),
      30_000,
      '25 interview invitations in the outbox',
    );
    // The generic task endpoint points at the cohort's own; another contact person cannot record it.
    expect((await api.call(api.as(interviewer.token).POST('/tasks/{id}/complete', { params: { path: { id: interviews[0].taskId } }, body: answerBody({ outcome: 'admit' }) }))).body.detail).toMatch(/interviews\/.+\/outcome/);
    const other = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system)).id });
    expect((await api.call(api.as(other.token).POST('/cohorts/{id}/interviews/{personId}/outcome', { params: { path: { id: cohortId, personId: people[0] } }, body: { outcome: 'admit' } }))).status).toBe(404);

    const outcome = (id: string, value: Schemas['InterviewOutcomeDto']['outcome']) => api.call(api.as(interviewer.token).POST('/cohorts/{id}/interviews/{personId}/outcome', { params: { path: { id: cohortId, personId: id } }, body: { outcome: value, note: 'Motiverad' } }));
    for (const id of people.slice(0, 12)) expect((await outcome(id, 'admit')).status).toBe(200);
    // The 13th cannot be admitted: full, and nothing changed — the interview stays open.
    const full = await outcome(people[12], 'admit');
    expect(full.status).toBe(409);
    expect(full.body.detail).toMatch(/full: 12 of 12/);
    expect((await system.db.getRepository(TaskEntity).findOneByOrFail({ id: interviews[12].taskId })).answer).toBeNull();
    expect((await system.db.getRepository(CohortMemberEntity).findOneByOrFail({ cohortId, personId: people[12] })).status).toBe('registered');
    const lists = [...Array(5).fill('waiting'), ...Array(4).fill('active-interest'), ...Array(4).fill('passive-interest')];
    for (const [i, list] of lists.entries()) expect((await outcome(people[12 + i], list)).status).toBe(200);

    const c = await cohort();
    expect(c.counts).toEqual({ attendees: 50, registered: 25, admitted: 12 });
    expect([c.lists.waiting.length, c.lists['active-interest'].length, c.lists['passive-interest'].length]).toEqual([5, 4, 4]);
    expect(c.lists.waiting.map((e: { personId: string }) => e.personId)).toEqual(people.slice(12, 17));
    expect(c.interviews).toHaveLength(25);
    expect(c.interviews.every((i) => i.outcome)).toBe(true);
    // The interviews leave the interviewer's inbox as their workflows close them.
    await eventually(async () => ((await api.ok(api.as(interviewer.token).GET('/me/tasks', { params: { query: { limit: 50 } } }))).total === 0 ? true : undefined), 30_000, 'an empty inbox');
    expect((await cohort()).interviews.every((i: { status: string }) => i.status === 'done')).toBe(true);
  }, 180_000);

  it('promotes in list order when two withdraw at the same moment, and sends each offer as a task announced by mail', async () => {
    await Promise.all([api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId } }, body: { personId: people[0] } })), api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId } }, body: { personId: people[1] } }))]);
    let c = await cohort();
    expect(c.counts.admitted).toBe(10);
    expect(openOffers(c)).toEqual([people[12], people[13]]);

    // The first on the waiting list finds the offer in their inbox, and a mail announcing it.
    const first = await tokenOf(people[12]);
    const offerTask = await eventually(async () => (await api.ok(api.as(first).GET('/me/tasks'))).items.find((t: { purpose: string | null }) => t.purpose === 'offer'), 30_000, 'the offer task');
    expect(offerTask.title).toMatch(/Erbjudande om plats/);
    await eventually(async () => (await system.db.getRepository(OutboxMessageEntity).findOneBy({ idempotencyKey: `task-${offerTask.id}/due-0/reminder-0` })) ?? undefined, 30_000, 'the offer mail');
    // It is answered at the cohort (the generic task endpoint points there).
    expect((await api.call(api.POST('/tasks/{id}/complete', { params: { path: { id: offerTask.id } }, body: answerBody({ accept: true }) }))).body.detail).toMatch(/offers\/.+\/answer/);
    // Nobody else sees it.
    expect((await api.call(api.as(await tokenOf(people[13])).GET('/tasks/{id}', { params: { path: { id: offerTask.id } } }))).status).toBe(404);

    await api.ok(api.as(first).POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[12] } }, body: { accept: true } }));
    await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[13] } }, body: { accept: false } }));
    c = await cohort();
    expect(openOffers(c)).toEqual([people[14]]);
    await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[14] } }, body: { accept: true } }));
    // The answered offer's task closes with the answer kept.
    const closed = await eventually(async () => {
      const t = await system.db.getRepository(TaskEntity).findOneByOrFail({ id: offerTask.id });
      return t.status === 'done' ? t : undefined;
    }, 30_000, 'the offer task to close');
    expect(closed.answer).toEqual({ accept: true });
    c = await cohort();
    expect(c.counts.admitted).toBe(12);
    participants = c.admitted.map((a: { personId: string }) => a.personId);
    expect(participants.sort()).toEqual([...people.slice(2, 12), people[12], people[14]].sort());

    // The withdrawn have no journey going on: progress for them is refused.
    await eventually(async () => ((await journey(people[0])).status === 'dropped' ? true : undefined), 30_000, 'the withdrawn journey to end');
    const refused = await send(people[0], 'progress', { week: 1, completed: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/dropped out/);
  }, 120_000);

  it('assesses every participant, reports ten weeks of progress at different paces, opens material module by module, proposes the advanced track', async () => {
    const levels = ['basic', 'good', 'very-good'] as const;
    const paces = ['slower', 'planned', 'faster'] as const;
    const star = participants[0];
    for (const [i, id] of participants.entries()) {
      await eventually(async () => ((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohortId, personId: id } } }))).status === 200 ? true : undefined), 30_000, 'the journey to start');
      const assessed = (await send(id, 'assessment', { level: id === star ? 'very-good' : levels[i % 3], universityStudies: i % 2 === 0, paceKey: id === star ? 'faster' : paces[i % 3], ambition: 1 })).body as Journey;
      expect(assessed.status).toBe('studying');
      expect(assessed.materialAccess).toEqual(['it-foundations', 'career']);
    }
    dropout = participants[participants.length - 1];
    const planned = new Map<string, Journey>();
    for (const id of participants) planned.set(id, await journey(id));

    for (let week = 1; week <= 10; week++) {
      const active = participants.filter((id) => id !== dropout || week < 5);
      await Promise.all(
        active.map(async (id, i) => {
          const j = planned.get(id)!;
          const left = j.totalItems - j.completedItems;
          const plan = j.plan.find((p) => p.week === week)?.items.length ?? 0;
          // The star works at twice the plan; every third participant falls a little behind.
          const completed = Math.min(left, id === star ? plan * 2 + 1 : i % 3 === 0 ? Math.max(plan - 1, 0) : plan);
          const res = await send(id, 'progress', { week, completed });
          expect(res.status).toBe(200);
          planned.set(id, res.body as Journey);
          reportedPerWeek[week - 1] += completed;
        }),
      );
      if (week === 4) {
        // More items than the modules have left is refused and changes nothing.
        const j = planned.get(star)!;
        const over = await send(star, 'progress', { week: 5, completed: j.totalItems - j.completedItems + 1 });
        expect(over.status).toBe(409);
        expect(over.body.detail).toMatch(/items are left/);
        expect((await journey(star)).completedItems).toBe(j.completedItems);
      }
      if (week === 4) {
        // A participant drops out: the place goes to the next on the waiting list.
        await send(dropout, 'leave', { outcome: 'dropped' });
        const c = await eventually(async () => {
          const now = await cohort();
          return openOffers(now).includes(people[15]) ? now : undefined;
        }, 30_000, 'the place freed by the dropout to be offered');
        expect(c.counts.admitted).toBe(11);
        await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: people[15] } }, body: { accept: false } }));
        expect(openOffers(await cohort())).toEqual([people[16]]);
      }
    }
    const star10 = await journey(star);
    expect(star10.completedItems).toBe(17);
    expect(star10.materialAccess.sort()).toEqual(['career', 'cloud-basics', 'data-engineering', 'it-foundations']);
    expect(star10.advancedTrack).toBe('proposed');
    expect((await send(star, 'advanced-track', { accept: true })).body.advancedTrack).toBe('accepted');
    const behind = [...planned.values()].filter((j) => (j.weeksAhead ?? 0) < 0);
    expect(behind.length).toBeGreaterThan(0);
    expect(behind.some((j) => j.advancedTrack === 'none')).toBe(true);
    const granted = await eventually(async () => {
      const page = await api.ok(api.GET('/audit', { params: { query: { cohortId, personId: star, type: 'journey.material_granted' } } }));
      return page.items.length === 4 ? page : undefined;
    }, 30_000, 'four material grants in the trail');
    expect(granted.items.map((e) => e.data.module).sort()).toEqual(['career', 'cloud-basics', 'data-engineering', 'it-foundations']);
  }, 180_000);

  it('records a conference visit with its attendance, runs the project work and completes the program', async () => {
    const studying = participants.filter((id) => id !== dropout);
    const visit = await api.ok(api.POST('/cohorts/{id}/events', { params: { path: { id: cohortId } }, body: { kind: 'conference-visit', title: 'AWS Summit Stockholm', heldOn: '2019-11-14' } }));
    expect((await api.call(api.POST('/cohorts/{id}/events', { params: { path: { id: cohortId } }, body: { kind: invalid('party'), title: 'Fest', heldOn: '2019-11-14' } }))).status).toBe(400);
    expect((await api.call(api.POST('/cohorts/{id}/events/{eventId}/attendance', { params: { path: { id: cohortId, eventId: visit.id } }, body: { personIds: [studying[0], people[30]] } }))).status).toBe(400);
    expect((await api.ok(api.POST('/cohorts/{id}/events/{eventId}/attendance', { params: { path: { id: cohortId, eventId: visit.id } }, body: { personIds: studying.slice(0, 8) } }))).attendees).toBe(8);
    expect((await api.ok(api.POST('/cohorts/{id}/events/{eventId}/attendance', { params: { path: { id: cohortId, eventId: visit.id } }, body: { personIds: studying.slice(0, 2) } }))).attendees).toBe(8);

    const unfinished = [];
    for (const id of studying) if ((await journey(id)).completedItems < 17) unfinished.push(id);
    expect(unfinished.length).toBeGreaterThan(0);
    // Project work follows the study weeks unless every item is done.
    expect((await send(unfinished[0], 'project/start', { week: 8 })).body.detail).toMatch(/after the 10 study weeks/);
    expect((await send(studying[0], 'leave', { outcome: 'completed' })).body.detail).toMatch(/submit it first/);
    for (const id of studying) {
      expect((await send(id, 'project/start', { week: 11 })).status).toBe(200);
      expect((await send(id, 'project/submit', { week: 14 })).body.project).toEqual({ status: 'submitted', startedWeek: 11, submittedWeek: 14 });
      expect((await send(id, 'leave', { outcome: 'completed' })).body.status).toBe('completed');
    }
    expect((await send(studying[0], 'progress', { week: 12, completed: 0 })).body.detail).toMatch(/completed the program/);
  }, 120_000);

  it('records the focus groups and generates the final report from the data', async () => {
    await api.ok(api.POST('/cohorts/{id}/evaluations', { params: { path: { id: cohortId } }, body: { heldOn: '2019-11-05', group: 'Fokusgrupp 1', findings: 'Deltagarna uppskattar takten och studiebesöken.' } }));
    await api.ok(api.POST('/cohorts/{id}/evaluations', { params: { path: { id: cohortId } }, body: { heldOn: '2019-12-10', group: 'Fokusgrupp 2', findings: 'Projektarbetet upplevs som verklighetsnära.' } }));
    const report = await eventually(async () => {
      const r = await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId } } }));
      return r.outcomes.completed === 11 && r.completedPerWeek.slice(0, 10).join() === reportedPerWeek.slice(0, 10).join() ? r : undefined;
    }, 30_000, 'the report to hold every journey event');
    // 14 given a place, the two who withdrew before starting no dropouts: 12 started, one dropped out.
    expect(report.admission).toEqual({ attendees: 50, registered: 25, interviewed: 25, capacity: 12, admitted: 14, withdrawn: 2, started: 12, waiting: 3, activeInterest: 4, passiveInterest: 4 });
    expect(report.outcomes).toEqual({ projectStarted: 11, projectSubmitted: 11, completed: 11, droppedOut: 1 });
    expect(report.events).toEqual([{ heldOn: '2019-11-14', kind: 'conference-visit', title: 'AWS Summit Stockholm', attendees: 8 }]);
    // Shares are of the 12 who started (the two withdrawn before starting are not in them).
    expect(report.advancedTrackShare).toBeCloseTo(1 / 12);
    expect(report.advancedTrackParticipants).toBe(1);
    expect(report.modules.find((m) => m.module === 'it-foundations')?.started).toBe(1);
    expect(report.evaluations).toHaveLength(2);
    const markdown = (await api.call(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId }, query: { format: 'markdown', lang: 'sv' } }, parseAs: 'text' }))).body as string;
    expect(markdown).toMatch(/# Slutrapport: Hösten 2019/);
    expect(markdown).toMatch(/\| Intervjuade \| 25 \|/);
    expect(markdown).toMatch(/Konferensbesök \| AWS Summit Stockholm \| 8/);
    expect(markdown).toMatch(/Fullföljt programmet \| 11/);
    expect(markdown).toContain('| Drog sig ur före start | 2 |');
    expect(markdown).toContain('| Hoppade av | 1 |');
    expect(markdown).toContain('8 % (1 av 12 som startade)');
    recordHistory(system.config.temporal.address, `cohort-${cohortId}`, 'cohort-fast-track-e2e');
    recordHistory(system.config.temporal.address, `journey-${cohortId}-${participants[0]}`, 'participant-journey-project-work');
  }, 60_000);

  it('refuses an offer answered after its deadline, and its task closes by itself', async () => {
    const small = (await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Snabbkö', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1, offerResponse: 'PT2S' } }))).id;
    expect((await api.call(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'X', infoMeetingAt: new Date().toISOString(), offerResponse: 'P1M' } }))).status).toBe(400);
    const [a, b] = [people[40], people[41]];
    for (const id of [a, b]) await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: small } }, body: { personId: id } }));
    await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path: { id: small } }, body: { personId: a } }));
    await api.ok(api.POST('/cohorts/{id}/lists', { params: { path: { id: small } }, body: { personId: b, list: 'waiting' } }));
    await api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: small } }, body: { personId: a } }));
    const task = await eventually(
      async () => (await system.db.getRepository(TaskEntity).findOneBy({ purpose: 'offer', assigneeId: b })) ?? undefined,
      30_000,
      'the offer task',
    );
    await eventually(async () => ((await system.db.getRepository(TaskEntity).findOneByOrFail({ id: task.id })).status === 'cancelled' ? true : undefined), 30_000, 'the offer task to expire');
    const late = await api.call(api.as(await tokenOf(b)).POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: small, personId: b } }, body: { accept: true } }));
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/expired at/);
    const c = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: small } } }));
    expect(c.counts.admitted).toBe(0);
    expect(c.offers).toEqual([expect.objectContaining({ personId: b, status: 'expired' })]);
    expect((await system.db.getRepository(CohortMemberEntity).findOneByOrFail({ cohortId: small, personId: b })).status).toBe('waiting');
  }, 60_000);

  it('loads the demo: a cohort shaped like the seed and a finished reference cohort it is ahead of', async () => {
    const demo = await loadFastTrackDemo(api);
    expect(demo.loaded).toBe(true);
    const c = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: demo.cohortId } } }));
    expect(c.counts).toEqual({ attendees: 50, registered: 25, admitted: 12 });
    expect([c.lists.waiting.length, c.lists['active-interest'].length, c.lists['passive-interest'].length]).toEqual([6, 4, 3]);
    const analytics = await eventually(async () => {
      const a = await api.ok(api.GET('/cohorts/{id}/analytics', { params: { path: { id: demo.cohortId }, query: { referenceCohortId: demo.referenceCohortId } } }));
      return a.completedPerWeek.filter((n: number) => n > 0).length === 6 ? a : undefined;
    }, 30_000, 'six weeks of progress in the analytics');
    // Ahead of the slower reference cohort, as the seed reports ("1–2 weeks earlier").
    expect(analytics.reference?.weeksAheadOfReference.at(-1)).toBeGreaterThan(0);
    const report = await eventually(async () => {
      const r = await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: demo.referenceCohortId } } }));
      return r.outcomes.completed === 12 ? r : undefined;
    }, 30_000, 'the reference cohort completed');
    expect(report.admission.attendees).toBe(30);
    expect((await api.ok(api.GET('/cohorts/{id}/events', { params: { path: { id: demo.cohortId } } }))).map((e: { attendees: string[] }) => e.attendees.length)).toEqual([9, 7]);
    expect((await loadFastTrackDemo(api)).loaded).toBe(false);
  }, 240_000);
});
