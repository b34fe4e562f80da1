import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Answered } from '@gov/api-client';
import { answerBody, GovernanceApi, programBody, runPhaseOne, SEED_ACTIVITIES, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS, seedNeedsCsv, taskBody } from '@gov/devstack';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { startSystem, type TestSystem } from '../support/system.js';

/** How often a client looks again: "the moment" a state shows, within a few tens of milliseconds. */
const LOOK_EVERY_MS = 20;
const PHASE_ONE_STEPS = ['plan-gathering', 'gathering', 'categorization', 'focus-areas', 'collaboration-model', 'network', 'communication-plan', 'phase-report'];

/**
 * A client that acts the moment the inbox lists a task, or a page shows a step, a gate or an
 * activity's stage, is never refused for timing and never answered 5xx: the state is shown only
 * once a command on it is accepted (the consistency protocol). 200 such acts over tasks, steps and
 * gates, activities' planning, execution and evaluation, and offers.
 */
describe('acting the moment a state is shown', () => {
  let system: TestSystem;
  let office: TestPerson;
  let chair: TestPerson;
  let api: GovernanceApi;
  const contacts: { orgId: string; person: TestPerson }[] = [];
  /** Every act: what it was and what the API answered. */
  const acts: { what: string; status: number; detail?: string }[] = [];

  /** Polls (with no fixed sleep beyond the look interval) until `look` gives a value. */
  async function the<T>(what: string, look: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const seen = await look();
      if (seen !== undefined) return seen;
      if (Date.now() > until) throw new Error(`${what} was not shown within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, LOOK_EVERY_MS));
    }
  }
  async function act(what: string, call: Promise<Answered>): Promise<void> {
    const res = await api.call(call);
    acts.push({ what, status: res.status, ...(res.status >= 300 ? { detail: JSON.stringify(res.body) } : {}) });
  }
  const refused = (what: string) => acts.filter((a) => a.what === what && a.status >= 300);

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    office = await createPerson(system, 'project_office');
    api = new GovernanceApi(system.baseUrl, office.token);
    const arena = await createOrganization(system, `Hållbarhetsarenan ${Date.now()}`);
    chair = await createPerson(system, 'contact_person', { organizationId: arena.id, permissions: ['gate.decide'] });
    for (let i = 0; i < 3; i++) {
      const org = await createOrganization(system);
      contacts.push({ orgId: org.id, person: await createPerson(system, 'contact_person', { organizationId: org.id }) });
    }
  }, 60_000);
  afterAll(async () => {
    const failed = acts.filter((a) => a.status >= 300);
    process.stderr.write(`acts: ${acts.length}, refused or failed: ${failed.length}\n${failed.map((a) => `  ${a.what} ${a.status} ${a.detail}`).join('\n')}\n`);
    await system?.stop();
  });

  it('completes 100 tasks the moment the inbox lists them', async () => {
    const assignee = contacts[0].person;
    const done = new Set<string>();
    const creating = (async () => {
      for (let i = 0; i < 100; i++) {
        await api.ok(
          api.POST('/tasks', {
            body: taskBody({
              title: `Uppgift ${i}`,
              assigneeId: assignee.person.id,
              dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
              ...(i % 3 === 0 ? { meeting: { startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString() } } : {}),
            }),
          }),
        );
      }
    })();
    await the('100 tasks done', async () => {
      const inbox = (await api.ok(api.as(assignee.token).GET('/me/tasks', { params: { query: { limit: 100 } } }))).items as { id: string }[];
      await Promise.all(inbox.filter((t) => !done.has(t.id)).map(async (t) => {
        done.add(t.id);
        await act('task', api.as(assignee.token).POST('/tasks/{id}/complete', { params: { path: { id: t.id } }, body: {} }));
      }));
      return done.size >= 100 ? true : undefined;
    }, 180_000);
    await creating;
    expect(refused('task')).toEqual([]);
  }, 240_000);

  it('completes each step and decides each gate the moment the program page shows it, four rounds', async () => {
    const program = await api.ok(api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', templateVersion: 2, name: 'Genast', governance: { network: { initialEvery: 'PT30S', initialMeetings: 1, thenEvery: 'PT60S', statusReportBefore: 'PT1S' } } }) }));
    const governance = await api.ok(api.GET('/programs/{id}/governance', { params: { path: { id: program.id } } }));
    const categories = governance.needCategories.map((c: { key: string }) => c.key);
    await runPhaseOne(api, program.id, {
      sessions: SEED_SESSIONS.slice(0, 1),
      needsCsv: [seedNeedsCsv(categories, { total: 90 })],
      focusAreas: SEED_FOCUS_AREAS,
      collaborationModel: SEED_COLLABORATION_MODEL,
      gateOwnerId: chair.person.id,
      members: contacts.map((c) => ({ organizationId: c.orgId, personId: c.person.person.id })),
      kickoffAt: new Date(Date.now() + 86_400_000).toISOString(),
      communicationPlan: SEED_COMMUNICATION_PLAN,
    });
    const programPath = { path: { id: program.id } };
    const position = () => api.position(program.id);
    for (let round = 0; round < 4; round++) {
      await the('the gate', async () => ((await position()).gateTaskId ? true : undefined));
      await act('gate', api.as(chair.token).POST('/programs/{id}/gate', { params: programPath, body: { decision: 'return', comment: `Runda ${round + 1}: förtydliga fokusområdena.` } }));
      for (const step of PHASE_ONE_STEPS) {
        await the(`step ${step}`, async () => {
          const p = await position();
          return p.stepKey === step && p.stepStatus === 'open' ? true : undefined;
        });
        await act('step', api.POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: program.id, stepKey: step } } }));
      }
    }
    await the('the gate', async () => ((await position()).gateTaskId ? true : undefined));
    await act('gate', api.as(chair.token).POST('/programs/{id}/gate', { params: programPath, body: { decision: 'approve' } }));
    await the('phase II', async () => ((await position()).phaseKey === 'implementation' ? true : undefined));
    expect([...refused('gate'), ...refused('step')]).toEqual([]);

    // Phase II: three activities, each through five cycles of planning, execution and evaluation.
    await Promise.all(
      contacts.map(async ({ orgId, person }, n) => {
        const activity = await api.ok(api.POST('/programs/{id}/activities', { params: { path: { id: program.id } }, body: {
          title: `Aktivitet ${n}`,
          focusAreaKeys: [SEED_FOCUS_AREAS[0].key],
          levelKeys: ['unit'],
          ownerOrganizationIds: [orgId],
          responsibleId: person.person.id,
          methodKey: SEED_ACTIVITIES[0].methodKey,
          effectGoalNumbers: [...SEED_ACTIVITIES[0].effectGoalNumbers],
          plannedStart: '2026-01-01',
          plannedEnd: '2026-12-31',
        } }));
        for (let cycle = 1; cycle <= 5; cycle++) {
          const planning = await the('the planning task in the inbox', async () => {
            const inbox = (await api.ok(api.as(person.token).GET('/me/tasks', { params: { query: { limit: 100 } } }))).items as { id: string; purpose: string; activityId: string; subjectKey: string }[];
            return inbox.find((t) => t.purpose === 'activity-planning' && t.activityId === activity.id && t.subjectKey === `cycle-${cycle}`);
          });
          await act('planning', api.as(person.token).POST('/tasks/{id}/complete', { params: { path: { id: planning.id } }, body: answerBody({ plan: 'Klar.' }) }));
          await the('execution', async () => ((await api.ok(api.as(person.token).GET('/activities/{activityId}', { params: { path: { activityId: activity.id } } }))).live?.status === 'execution' ? true : undefined));
          await act('execution', api.as(person.token).POST('/activities/{activityId}/execution/complete', { params: { path: { activityId: activity.id } } }));
          await the('evaluation', async () => ((await api.ok(api.as(person.token).GET('/activities/{activityId}', { params: { path: { activityId: activity.id } } }))).live?.status === 'evaluation' ? true : undefined));
          await act('evaluation', api.as(person.token).POST('/activities/{activityId}/evaluate', { params: { path: { activityId: activity.id } }, body: { decision: cycle === 5 ? 'end' : 'continue', rationale: `Cykel ${cycle}` } }));
        }
      }),
    );
    expect([...refused('planning'), ...refused('execution'), ...refused('evaluation')]).toEqual([]);
  }, 600_000);

  it('answers each offer the moment the participant sees it, twenty in a row', async () => {
    const programId = (await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track genast' } }))).id;
    const cohort = await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Genast', capacity: 1, infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString() } }));
    const people: TestPerson[] = [];
    for (let i = 0; i < 21; i++) people.push(await createPerson(system, 'participant'));
    await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: cohort.id } }, body: { personIds: people.map((p) => p.person.id) } }));
    for (const p of people) await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohort.id } }, body: { personId: p.person.id } }));
    await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path: { id: cohort.id } }, body: { personId: people[0].person.id } }));
    for (const p of people.slice(1)) await api.ok(api.POST('/cohorts/{id}/lists', { params: { path: { id: cohort.id } }, body: { personId: p.person.id, list: 'waiting' } }));
    await api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohort.id } }, body: { personId: people[0].person.id } }));
    // Each offered person declines the moment the offer is in their inbox; the place moves on to the next.
    for (const p of people.slice(1)) {
      await the('the offer in the inbox', async () => {
        const inbox = (await api.ok(api.as(p.token).GET('/me/tasks'))).items as { purpose: string }[];
        return inbox.some((t) => t.purpose === 'offer') ? true : undefined;
      });
      await act('offer', api.as(p.token).POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohort.id, personId: p.person.id } }, body: { accept: p === people[20] } }));
    }
    expect(refused('offer')).toEqual([]);
    expect(acts.length).toBeGreaterThanOrEqual(200);
  }, 300_000);
});
