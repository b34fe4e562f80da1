import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Schemas } from '@gov/api-client';
import { GovernanceApi, programBody } from '@gov/devstack';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { skolaForstAtGate } from '../support/skola-forst-gate.js';
import { eventually, invalid, rawHttp, startSystem, type TestSystem } from '../support/system.js';

type Portfolio = Schemas['PortfolioView'];
type Query = { status?: 'on-track' | 'at-risk' | 'off-track'; kind?: 'program' | 'cohort'; organizationId?: string; needs?: 'gatesWaiting' | 'overdueTasks' | 'offersExpiring' | 'activitiesWithoutReport' };

/** A Wednesday long past (no holiday): a due moment that is overdue whatever calendar the task follows. */
const LONG_AGO = '2026-11-18T10:00:00+01:00';

/**
 * The project office's portfolio overview (GET /portfolio) against the real stack: a program's
 * status moves from on track to at risk when a task goes overdue, and off track when its gate waits
 * past its due date, each with its reason; the counts, filters and the chart per organization; and
 * only the project office and managers read it.
 */
describe('the portfolio overview (GET /portfolio)', () => {
  let system: TestSystem;
  let office: TestPerson;
  let manager: TestPerson;
  let contact: TestPerson;
  let participant: TestPerson;
  let chair: TestPerson;
  let arenaId: string;
  let api: GovernanceApi;
  let programId: string;

  const overview = (query: Query = {}, token = office.token) => api.ok(system.client(token).GET('/portfolio', { params: { query } }));
  const rowOf = (p: Portfolio, id: string) => p.items.find((r) => r.id === id);
  /** Waits until the program's row satisfies `check`. */
  const rowWhen = (id: string, check: (row: Portfolio['items'][number]) => boolean, what: string, query: Query = {}) =>
    eventually(async () => {
      const row = rowOf(await overview(query), id);
      return row && check(row) ? row : undefined;
    }, 60_000, what);

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    office = await createPerson(system, 'project_office');
    manager = await createPerson(system, 'manager');
    const org = await createOrganization(system, `Kulturförvaltningen ${Date.now()}`);
    contact = await createPerson(system, 'contact_person', { organizationId: org.id });
    participant = await createPerson(system, 'participant');
    arenaId = (await createOrganization(system, `Hållbarhetsarenan ${Date.now()}`)).id;
    chair = await createPerson(system, 'contact_person', { organizationId: arenaId, permissions: ['gate.decide'] });
    api = new GovernanceApi(system.baseUrl, office.token);
    programId = (await api.ok(api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', name: 'Kraftsamling Skola först – portfölj' }) }))).id;
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('shows a new program on track in its first phase, then at risk with the reason once its step task is overdue', async () => {
    const stepTaskId = await api.until('the first step task', async () => (await api.position(programId)).stepTaskId ?? undefined);
    const fresh = await rowWhen(programId, (r) => r.phase !== null, 'the program in its phase');
    expect(fresh).toMatchObject({ kind: 'program', programId, name: 'Kraftsamling Skola först – portfölj', templateKey: 'skola-forst', programStatus: 'active', status: 'on-track', reasons: [] });
    expect(fresh.phase).toEqual({ key: (await api.position(programId)).phaseKey, name: { sv: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) } });
    expect(fresh.counts.overdueTasks).toBe(0);
    const before = (await overview()).totals.overdueTasks;

    await api.ok(api.PATCH('/tasks/{id}', { params: { path: { id: stepTaskId } }, body: { dueAt: LONG_AGO } }));
    const late = await rowWhen(programId, (r) => r.status === 'at-risk', 'the program at risk');
    expect(late.reasons).toEqual([{ signal: 'overdueTasks', count: 1, status: 'at-risk', label: { sv: '1 försenad uppgift', en: '1 overdue task' } }]);
    expect(late.counts.overdueTasks).toBe(1);
    const after = await overview();
    expect(after.totals.overdueTasks).toBe(before + 1);
    // The step task is the project office's, who belongs to no organization.
    expect(after.byOrganization.find((o) => o.organizationId === null)?.overdue).toBeGreaterThanOrEqual(1);
    expect(after.truncated).toBe(false);
    expect(Date.parse(after.at)).not.toBeNaN();
  });

  it('filters by status, kind, what needs action and the assignee’s organization', async () => {
    expect(rowOf(await overview({ status: 'at-risk' }), programId)).toBeDefined();
    expect(rowOf(await overview({ status: 'on-track' }), programId)).toBeUndefined();
    expect(rowOf(await overview({ needs: 'overdueTasks' }), programId)).toBeDefined();
    expect(rowOf(await overview({ needs: 'gatesWaiting' }), programId)).toBeUndefined();
    const cohorts = await overview({ kind: 'cohort' });
    expect(cohorts.items.every((r) => r.kind === 'cohort')).toBe(true);
    expect(rowOf(cohorts, programId)).toBeUndefined();
    // Counting only another organization's tasks, the office's overdue step task is left out.
    const theirs = await overview({ organizationId: contact.person.organizationId! });
    expect(rowOf(theirs, programId)).toMatchObject({ status: 'on-track', counts: { overdueTasks: 0 } });
    expect(theirs.byOrganization.every((o) => o.organizationId === contact.person.organizationId)).toBe(true);
  });

  it('puts a program whose gate waits past its due date off track, the gate first among its reasons, counted as waiting', async () => {
    const { programId: gated, gateTaskId } = await skolaForstAtGate(api, 'Skola först – beslutspunkt', chair.person.id, [{ orgId: contact.person.organizationId!, personId: contact.person.id }]);
    await rowWhen(gated, (r) => r.counts.gatesWaiting === 1, 'the gate waiting');
    expect(rowOf(await overview({ needs: 'gatesWaiting' }), gated)).toBeDefined();
    const waiting = (await overview()).totals.gatesWaiting;
    expect(waiting).toBeGreaterThanOrEqual(1);

    await api.ok(api.PATCH('/tasks/{id}', { params: { path: { id: gateTaskId } }, body: { dueAt: LONG_AGO } }));
    const late = await rowWhen(gated, (r) => r.status === 'off-track', 'the program off track');
    expect(late.reasons[0]).toEqual({ signal: 'overdueGates', count: 1, status: 'off-track', label: { sv: 'Beslutspunkten väntar efter sitt slutdatum', en: 'The gate is waiting past its due date' } });
    // The gate is the steering group chair's task: it counts for the chair's organization.
    const arena = await overview({ organizationId: arenaId });
    expect(rowOf(arena, gated)?.counts).toMatchObject({ gatesWaiting: 1, overdueGates: 1 });
    expect(arena.byOrganization).toEqual([expect.objectContaining({ organizationId: arenaId, overdue: 1 })]);
    expect((await overview({ status: 'off-track' })).items.map((r) => r.id)).toContain(gated);
    // Worst first: off track rows come before those at risk.
    const order = (await overview()).items.map((r) => r.status);
    expect(order.indexOf('off-track')).toBeLessThan(order.indexOf('at-risk'));
  }, 240_000);

  it('counts an effect-goal indicator behind the line to its target as a risk', async () => {
    const measured = (await api.ok(api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', name: 'Skola först – indikatorer' }) }))).id;
    const indicator = await api.ok(
      api.POST('/programs/{id}/effect-goals/{number}/indicators', {
        params: { path: { id: measured, number: 1 } },
        body: { key: 'ak3-matematik-svenska', nameSv: 'Andel elever i åk 3 som nått kravnivån', nameEn: 'Share of pupils in year 3 reaching the required level', unit: '%', source: 'Skolverket', baselineYear: 2019, baselineValue: 80, targetValue: 92, targetYear: 2025 },
      }),
    );
    // On the line in 2021 (84): on track.
    await api.ok(api.PUT('/programs/{id}/indicators/{indicatorId}/values/{year}', { params: { path: { id: measured, indicatorId: indicator.id, year: 2021 } }, body: { value: 84 } }));
    expect(rowOf(await overview(), measured)).toMatchObject({ status: 'on-track', counts: { indicatorsBehind: 0 } });
    // 2022 expects 86: 81 is behind.
    await api.ok(api.PUT('/programs/{id}/indicators/{indicatorId}/values/{year}', { params: { path: { id: measured, indicatorId: indicator.id, year: 2022 } }, body: { value: 81 } }));
    const behind = rowOf(await overview(), measured)!;
    expect(behind.status).toBe('at-risk');
    expect(behind.reasons).toContainEqual({ signal: 'indicatorsBehind', count: 1, status: 'at-risk', label: { sv: '1 indikator under målkurvan', en: '1 indicator behind target' } });
  });

  it('lists a cohort under its program with its stage, at risk while a freed place’s offer is about to expire', async () => {
    const fastTrack = (await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track – portfölj' } }))).id;
    const cohort = await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: fastTrack } }, body: { name: 'Hösten 2019', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1, offerResponse: 'P1D' } }));
    const [first, next] = [participant, await createPerson(system, 'participant')];
    const path = { params: { path: { id: cohort.id } } };
    await api.ok(api.POST('/cohorts/{id}/attendees', { ...path, body: { personIds: [first.person.id, next.person.id] } }));
    for (const p of [first, next]) await api.ok(api.POST('/cohorts/{id}/registrations', { ...path, body: { personId: p.person.id } }));
    await api.ok(api.POST('/cohorts/{id}/admissions', { ...path, body: { personId: first.person.id } }));
    await api.ok(api.POST('/cohorts/{id}/lists', { ...path, body: { personId: next.person.id, list: 'waiting' } }));
    const calm = await rowWhen(cohort.id, () => true, 'the cohort in the overview', { kind: 'cohort' });
    expect(calm).toMatchObject({ kind: 'cohort', programId: fastTrack, name: 'Hösten 2019', programName: 'Fast Track – portfölj', status: 'on-track', phase: { key: 'interest-registration', name: { sv: 'Intresseanmälan', en: 'Interest registration' } } });

    // The admitted withdraws: the place is offered to the next on the waiting list, with a day to answer.
    await api.ok(api.POST('/cohorts/{id}/withdrawals', { ...path, body: { personId: first.person.id } }));
    const offered = await rowWhen(cohort.id, (r) => r.counts.offersExpiring === 1, 'the offer about to expire', { kind: 'cohort' });
    expect(offered.status).toBe('at-risk');
    expect(offered.reasons).toEqual([{ signal: 'offersExpiring', count: 1, status: 'at-risk', label: { sv: '1 erbjudande går snart ut', en: '1 offer about to expire' } }]);
    const all = await overview();
    expect(all.totals.offersExpiring).toBeGreaterThanOrEqual(1);
    // The offer is the cohort's, not its program's: counted once.
    expect(rowOf(all, fastTrack)?.counts).toMatchObject({ offersExpiring: 0, dueSoonTasks: 0 });
    expect(rowOf(await overview({ needs: 'offersExpiring' }), cohort.id)).toBeDefined();
  }, 60_000);

  it('lets the project office and managers read it, refusing contact persons and participants', async () => {
    expect(rowOf(await overview({}, manager.token), programId)?.status).toBe('at-risk');
    for (const who of [contact, participant]) {
      const refused = await api.call(system.client(who.token).GET('/portfolio'));
      expect(refused.status).toBe(403);
    }
    expect((await rawHttp(system.baseUrl, 'GET', '/portfolio')).status).toBe(401);
  });

  it('refuses unknown filter values and parameters with 400 naming them', async () => {
    const bad = async (query: Record<string, string>) => {
      const res = await api.call(system.client(office.token).GET('/portfolio', { params: { query: invalid(query) } }));
      expect(res.status).toBe(400);
      return JSON.stringify(res.body);
    };
    expect(await bad({ status: 'late' })).toContain('status');
    expect(await bad({ kind: 'project' })).toContain('kind');
    expect(await bad({ organizationId: 'not-a-uuid' })).toContain('organizationId');
    expect(await bad({ needs: 'everything' })).toContain('needs');
    expect(await bad({ limit: '5' })).toContain('limit');
  });
});
