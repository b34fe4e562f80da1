import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call, textBody, type Schemas } from '@gov/api-client';
import { AuditEventEntity, NeedEntity, OutboxMessageEntity, ProgramActivityEntity, TaskEntity } from '@gov/persistence';
import { answerBody, GovernanceApi, loadSkolaForstDemo, programBody, runPhaseOne, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS, seedNeedDistribution, seedNeedsCsv } from '@gov/devstack';
import { CONTACT_NETWORK_WORKFLOW, networkStateQuery, stopNetworkSignal, type ContactNetworkInput } from '@gov/temporal/contracts';
import { recordHistory } from '../support/histories.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

const CATEGORIES = ['meaningful-leisure', 'premises-environment', 'future-belief-support', 'home-socioeconomics', 'resources-conditions', 'health', 'trust-safety', 'transport', 'schools-own-work'];
const LEVELS = ['individual', 'unit', 'department-company', 'departments-companies-together', 'external-collaboration'];
const PHASE_ONE_STEPS = ['plan-gathering', 'gathering', 'categorization', 'focus-areas', 'collaboration-model', 'network', 'communication-plan', 'phase-report'];
/** Seconds instead of weeks: the program overrides its network cadence when it is created. */
const FAST_NETWORK = { initialEvery: 'PT4S', initialMeetings: 2, thenEvery: 'PT8S', statusReportBefore: 'PT1S' };

describe('Skola först end to end over HTTP (phase I, gate, network, phase II)', () => {
  let system: TestSystem;
  let office: TestPerson;
  let steering: TestPerson;
  const orgs: { id: string; contact: TestPerson }[] = [];
  let programId: string;

  /** The typed client as a person (the project office unless told); `call` gives status and body whatever it answered. */
  const client = (token: string = office.token) => system.client(token);
  const position = async (id: string) => (await call(client().GET('/programs/{id}', { params: { path: { id } } }))).body.position;
  const atStep = (id: string, step: string) =>
    eventually(async () => {
      const p = await position(id);
      return p.stepKey === step && p.stepStatus === 'open' ? p : undefined;
    }, 30_000, `step ${step} to open`);
  const atGate = (id: string) => eventually(async () => ((await position(id)).gateTaskId ? await position(id) : undefined), 30_000, 'the gate to open');
  const complete = async (id: string, step: string) => {
    await atStep(id, step);
    const res = await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id, stepKey: step } } }));
    expect(res.status).toBe(200);
    return res;
  };
  const auditCount = (type: string) => system.db.getRepository(AuditEventEntity).countBy({ programId, type });

  beforeAll(async () => {
    // These scenarios poll the API while workflows move on: the per-token rate limit is not under test here.
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    office = await createPerson(system, 'project_office');
    const arena = await createOrganization(system, `Hållbarhetsarenan ${Date.now()}`);
    steering = await createPerson(system, 'contact_person', { organizationId: arena.id, permissions: ['gate.decide'] });
    for (let i = 0; i < 4; i++) {
      const org = await createOrganization(system);
      orgs.push({ id: org.id, contact: await createPerson(system, 'contact_person', { organizationId: org.id }) });
    }
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('creates the program from the template with its overrides, and refuses a bad override', async () => {
    const bad = await call(client().POST('/programs', { body: programBody({ templateKey: 'skola-forst', name: 'Fel', governance: { focusAreas: { count: 2, suggestions: [] }, network: { initialEvery: 'P1M' } } }) }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['governance.network.initialEvery']));

    const res = await call(client().POST('/programs', { body: programBody({ templateKey: 'skola-forst', templateVersion: 2, name: 'Kraftsamling Skola först', governance: { network: FAST_NETWORK } }) }));
    expect(res.status).toBe(201);
    programId = res.body.id;
    const governance = (await call(client().GET('/programs/{id}/governance', { params: { path: { id: programId } } }))).body;
    expect(governance.needCategories.map((c: { key: string }) => c.key)).toEqual(CATEGORIES);
    expect(governance.matrixLevels.map((c: { key: string }) => c.key)).toEqual(LEVELS);
    expect(governance.effectGoals).toHaveLength(9);
    expect(governance.network).toEqual(FAST_NETWORK);
    expect((await atStep(programId, 'plan-gathering')).phaseKey).toBe('needs-analysis');
    // The step is a task for the project office, in their inbox.
    const inbox = (await call(client().GET('/me/tasks', { params: { query: { programId } } }))).body;
    expect(inbox.items).toEqual([expect.objectContaining({ purpose: 'step', subjectKey: 'plan-gathering', assigneeId: office.person.id })]);
  }, 60_000);

  it('runs phase I step by step, refusing out-of-order and invalid commands without changing anything', async () => {
    // Completing a later step, or the open one without its data, is refused.
    expect((await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: programId, stepKey: 'categorization' } } }))).status).toBe(409);
    const empty = await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: programId, stepKey: 'plan-gathering' } } }));
    expect(empty.status).toBe(409);
    expect(empty.body.detail).toMatch(/No gathering session is planned/);
    // Needs cannot be recorded before the gathering step.
    const sessions = [];
    for (const s of SEED_SESSIONS) {
      const created = await call(client().POST('/programs/{id}/sessions', { params: { path: { id: programId } }, body: s }));
      expect(created.status).toBe(201);
      sessions.push(created.body.id as string);
    }
    const early = await call(client().POST('/programs/{id}/sessions/{sessionId}/needs', { params: { path: { id: programId, sessionId: sessions[0] } }, body: { text: 'För tidigt' } }));
    expect(early.status).toBe(409);
    expect(early.body.detail).toMatch(/only in the step 'gathering'/);
    expect((await call(client().POST('/programs/{id}/sessions', { params: { path: { id: programId } }, body: { ...SEED_SESSIONS[0], kind: 'seminar' } }))).body.errors[0]).toMatchObject({ field: 'kind' });
    await complete(programId, 'plan-gathering');

    // Gathering: 450 needs imported from CSV over two sessions; 30 of them without a category yet.
    await atStep(programId, 'gathering');
    const lines = seedNeedsCsv(CATEGORIES).trimEnd().split('\n');
    const [header, rows] = [lines[0], lines.slice(1)];
    expect(rows).toHaveLength(450);
    const uncategorizedRows = rows.slice(420).map((r) => r.replace(/,[a-z-]+,$/, ',,'));
    const csv = (part: string[]) => `${header}\n${part.join('\n')}\n`;
    const bad = await call(
      client().POST('/programs/{id}/sessions/{sessionId}/needs/import', {
        params: { path: { id: programId, sessionId: sessions[0] } },
        body: csv([...rows.slice(0, 5), 'Något,okänd-kategori,', ',health,']),
        ...textBody('text/csv'),
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ field: 'row 7.category', message: expect.stringMatching(/'okänd-kategori' is not one of/) }),
      { field: 'row 8.text', message: 'required' },
    ]);
    expect(await system.db.getRepository(NeedEntity).countBy({ programId })).toBe(0);
    for (const [session, part] of [
      [sessions[0], rows.slice(0, 250)],
      [sessions[3], [...rows.slice(250, 420), ...uncategorizedRows]],
    ] as const) {
      const imported = await call(client().POST('/programs/{id}/sessions/{sessionId}/needs/import', { params: { path: { id: programId, sessionId: session } }, body: csv([...part]), ...textBody('text/csv') }));
      expect(imported.status).toBe(201);
    }
    const one = await call(client().POST('/programs/{id}/sessions/{sessionId}/needs', { params: { path: { id: programId, sessionId: sessions[2] } }, body: { text: 'Fler vuxna i skolan', categoryKey: 'no-such-category' } }));
    expect(one.status).toBe(400);
    expect(await system.db.getRepository(NeedEntity).countBy({ programId })).toBe(450);
    await complete(programId, 'gathering');

    // Categorization cannot complete while needs lack a category; the answer says how many and which.
    await atStep(programId, 'categorization');
    const refused = await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: programId, stepKey: 'categorization' } } }));
    expect(refused.status).toBe(409);
    expect(refused.body.uncategorizedCount).toBe(30);
    expect(refused.body.uncategorizedNeedIds).toHaveLength(30);
    expect(refused.body.detail).toMatch(/30 of 450 needs have no category/);
    const uncategorized = (await call(client().GET('/programs/{id}/needs', { params: { path: { id: programId }, query: { uncategorized: 'true', limit: 100 } } }))).body;
    expect(uncategorized.total).toBe(30);
    const unknownCategory = await call(client().POST('/programs/{id}/needs/categorize', { params: { path: { id: programId } }, body: { assignments: [{ needId: uncategorized.items[0].id, categoryKey: 'weather' }] } }));
    expect(unknownCategory.status).toBe(400);
    expect((await call(client().GET('/programs/{id}/needs', { params: { path: { id: programId }, query: { uncategorized: 'true' } } }))).body.total).toBe(30);
    const expected = seedNeedDistribution(CATEGORIES);
    const assignments = uncategorized.items.map((n: { id: string; text: string }) => ({ needId: n.id, categoryKey: 'schools-own-work' }));
    expect((await call(client().POST('/programs/{id}/needs/categorize', { params: { path: { id: programId } }, body: { assignments } }))).body).toEqual({ categorized: 30, uncategorized: 0 });
    const stats = (await call(client().GET('/programs/{id}/needs/statistics', { params: { path: { id: programId } } }))).body;
    expect(stats.total).toBe(450);
    expect(stats.uncategorized).toBe(0);
    expect(stats.byCategory.map((c: { count: number }) => c.count).reduce((a: number, b: number) => a + b, 0)).toBe(450);
    expect(stats.byCategory.find((c: { key: string }) => c.key === 'health').count).toBe(expected.health);
    expect(stats.byCategory.every((c: { count: number }) => c.count > 0)).toBe(true);
    expect(stats.sessions.byKind.find((k: { key: string }) => k.key === 'conversation')).toMatchObject({ sessions: 1, needs: 200 });
    await complete(programId, 'categorization');

    // Focus areas: never more than the template's three.
    await atStep(programId, 'focus-areas');
    const four = await call(client().PUT('/programs/{id}/focus-areas', { params: { path: { id: programId } }, body: { focusAreas: [...SEED_FOCUS_AREAS, { key: 'extra-area', name: { sv: 'Extra', en: 'Extra' }, categoryKeys: ['health'] }] } }));
    expect(four.status).toBe(400);
    expect(four.body.errors[0].message).toMatch(/3 focus areas; 4 given/);
    const two = await call(client().PUT('/programs/{id}/focus-areas', { params: { path: { id: programId } }, body: { focusAreas: SEED_FOCUS_AREAS.slice(0, 2) } }));
    expect(two.status).toBe(200);
    expect((await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: programId, stepKey: 'focus-areas' } } }))).body.detail).toMatch(/exactly 3 focus areas; 2 chosen/);
    const chosen = await call(client().PUT('/programs/{id}/focus-areas', { params: { path: { id: programId } }, body: { focusAreas: SEED_FOCUS_AREAS } }));
    expect(chosen.body.focusAreas.map((f: { key: string }) => f.key)).toEqual(['adult-relations', 'working-life', 'developing-leisure']);
    expect(chosen.body.needsPerCategory).toHaveLength(9);
    await complete(programId, 'focus-areas');

    // The collaboration model, with the steering group's decision maker.
    await atStep(programId, 'collaboration-model');
    const noPermission = await call(client().PUT('/programs/{id}/collaboration-model', { params: { path: { id: programId } }, body: { roles: SEED_COLLABORATION_MODEL, gateOwnerId: orgs[0].contact.person.id } }));
    expect(noPermission.body.errors).toEqual([expect.objectContaining({ field: 'gateOwnerId' })]);
    expect((await call(client().PUT('/programs/{id}/collaboration-model', { params: { path: { id: programId } }, body: { roles: SEED_COLLABORATION_MODEL, gateOwnerId: steering.person.id } }))).status).toBe(200);
    await complete(programId, 'collaboration-model');

    // The network: one contact person per organization; starting it starts its own workflow.
    await atStep(programId, 'network');
    const stranger = await call(client().POST('/programs/{id}/network/members', { params: { path: { id: programId } }, body: { organizationId: orgs[0].id, personId: orgs[1].contact.person.id } }));
    expect(stranger.status).toBe(400);
    for (const org of orgs.slice(0, 3)) {
      expect((await call(client().POST('/programs/{id}/network/members', { params: { path: { id: programId } }, body: { organizationId: org.id, personId: org.contact.person.id } }))).status).toBe(201);
    }
    expect((await call(client().POST('/programs/{id}/network/members', { params: { path: { id: programId } }, body: { organizationId: orgs[0].id, personId: orgs[0].contact.person.id } }))).status).toBe(409);
    expect((await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: programId, stepKey: 'network' } } }))).body.detail).toMatch(/not been started/);
    const kickoffAt = new Date(Date.now() + 3_000).toISOString();
    const started = await call(client().POST('/programs/{id}/network/start', { params: { path: { id: programId } }, body: { kickoffAt } }));
    expect(started.status).toBe(200);
    expect((await system.temporal.workflow.getHandle(`network-${programId}`).describe()).status.name).toBe('RUNNING');
    await complete(programId, 'network');

    // The communication plan.
    await atStep(programId, 'communication-plan');
    expect((await call(client().POST('/programs/{id}/communication-plan', { params: { path: { id: programId } }, body: { ...SEED_COMMUNICATION_PLAN[0], channel: 'fax' } }))).status).toBe(400);
    for (const item of SEED_COMMUNICATION_PLAN) expect((await call(client().POST('/programs/{id}/communication-plan', { params: { path: { id: programId } }, body: item }))).status).toBe(201);
    await complete(programId, 'communication-plan');
    await atStep(programId, 'phase-report');
  }, 180_000);

  it('generates the phase report from the data as JSON, Markdown and HTML', async () => {
    const report = (await call(client().GET('/programs/{id}/report', { params: { path: { id: programId } } }))).body;
    expect(report.needs.total).toBe(450);
    expect(report.needs.byCategory).toHaveLength(9);
    expect(report.sessions.byKind.map((k: { key: string; needs: number }) => [k.key, k.needs])).toEqual([
      ['workshop', 250],
      ['interview', 0],
      ['conversation', 200],
    ]);
    expect(report.focusAreas.map((f: { key: string }) => f.key)).toEqual(['adult-relations', 'working-life', 'developing-leisure']);
    expect(report.collaborationModel.find((m: { roleKey: string }) => m.roleKey === 'steering-group').bodies).toEqual(['Hållbarhetsarenan']);
    expect(report.network.members).toHaveLength(3);
    expect(report.communicationPlan).toHaveLength(4);
    expect(report.questions).toHaveLength(5);
    const md = await call(client().GET('/programs/{id}/report', { params: { path: { id: programId }, query: { format: 'markdown' } }, parseAs: 'text' }));
    expect(md.contentType).toMatch(/text\/markdown/);
    expect(md.body).toMatch(/^# Delrapport: Kraftsamling Skola först/);
    expect(md.body).toContain('| Hälsa |');
    const html = await call(client().GET('/programs/{id}/report', { params: { path: { id: programId }, query: { lang: 'en' } }, headers: { accept: 'text/html' }, parseAs: 'text' }));
    expect(html.contentType).toMatch(/text\/html/);
    expect(html.body).toContain('<h2>Needs per category</h2>');
    expect(html.body).toContain('<td>Processledningsgruppen för social hållbarhet</td>');
  });

  it('passes the gate: only the steering group decides; return reopens the phase, approve starts phase II', async () => {
    await complete(programId, 'phase-report');
    const gate = await atGate(programId);
    const gateTask = (await call(client(steering.token).GET('/tasks/{id}', { params: { path: { id: gate.gateTaskId } } }))).body;
    expect(gateTask).toMatchObject({ purpose: 'gate', assigneeId: steering.person.id, status: 'open' });
    // The gate task cannot be completed around the decision endpoint.
    expect((await call(client(steering.token).POST('/tasks/{id}/complete', { params: { path: { id: gate.gateTaskId } }, body: answerBody({ decision: 'approve' }) }))).status).toBe(409);
    expect((await call(client().POST('/programs/{id}/gate', { params: { path: { id: programId } }, body: { decision: 'approve' } }))).status).toBe(403);
    expect((await call(client(steering.token).POST('/programs/{id}/gate', { params: { path: { id: programId } }, body: { decision: 'return' } }))).status).toBe(400);
    expect((await call(client(steering.token).POST('/programs/{id}/gate', { params: { path: { id: programId } }, body: { decision: 'return', comment: 'Komplettera kommunikationsplanen' } }))).status).toBe(200);

    // The phase opens again (round 2) with its data kept; the office walks the steps again.
    for (const step of PHASE_ONE_STEPS) await complete(programId, step);
    await atGate(programId);
    const live = (await call(client().GET('/programs/{id}', { params: { path: { id: programId } } }))).body.live;
    expect(live.phases[0]).toMatchObject({ key: 'needs-analysis', status: 'active', rounds: 2 });
    expect((await call(client(steering.token).POST('/programs/{id}/gate', { params: { path: { id: programId } }, body: { decision: 'approve', comment: 'Godkänd' } }))).status).toBe(200);
    await eventually(async () => ((await position(programId)).phaseKey === 'implementation' ? true : undefined), 30_000, 'phase II');
    // Phase II opens with the yearly planning check for the network's members as they are now; wait for it
    // here, before the next test changes the membership (under load it could otherwise see a member leave first).
    await eventually(async () => ((await call(client().GET('/programs/{id}/yearly-planning-check', { params: { path: { id: programId } } }))).body.length >= 3 ? true : undefined), 60_000, 'the yearly planning check');
    expect((await call(client(steering.token).POST('/programs/{id}/gate', { params: { path: { id: programId } }, body: { decision: 'approve' } }))).status).toBe(409);
    const after = (await call(client().GET('/programs/{id}', { params: { path: { id: programId } } }))).body.live;
    expect(after.phases).toEqual([
      { key: 'needs-analysis', status: 'completed', rounds: 2 },
      { key: 'implementation', status: 'active', rounds: 1 },
    ]);
    expect(await auditCount('gate.decided')).toBe(2);
    expect(await auditCount('phase.returned')).toBe(1);
    expect(await auditCount('phase.completed')).toBe(1);
    expect(await auditCount('step.completed')).toBe(16);
  }, 180_000);

  it('meets as a network: invitations and status tasks before each meeting, attendance and minutes, members joining and leaving', async () => {
    const meetingTasks = (n: number) => system.db.getRepository(TaskEntity).findBy({ programId, purpose: 'network-status', subjectKey: `meeting-${n}` });
    const kickoff = await eventually(async () => ((await meetingTasks(0)).length === 3 ? meetingTasks(0) : undefined), 30_000, 'kickoff tasks');
    expect(kickoff.map((t) => t.assigneeId).sort()).toEqual(orgs.slice(0, 3).map((o) => o.contact.person.id).sort());
    expect(kickoff.every((t) => t.meeting !== null)).toBe(true);
    // Each member's task carries a calendar invitation.
    await eventually(async () => {
      const invitations = await system.db.getRepository(OutboxMessageEntity).createQueryBuilder('o').where('o.ics IS NOT NULL').andWhere('o.idempotency_key LIKE ANY(:keys)', { keys: kickoff.map((t) => `task-${t.id}/%`) }).getCount();
      return invitations === 3 ? true : undefined;
    }, 30_000, 'three kickoff invitations');

    // The first organization leaves and a fourth joins while the network runs.
    expect((await call(client().DELETE('/programs/{id}/network/members/{organizationId}', { params: { path: { id: programId, organizationId: orgs[0].id } } }))).status).toBe(200);
    expect((await call(client().POST('/programs/{id}/network/members', { params: { path: { id: programId } }, body: { organizationId: orgs[3].id, personId: orgs[3].contact.person.id } }))).status).toBe(201);
    const later = await eventually(
      async () => {
        const state = await system.temporal.workflow.getHandle(`network-${programId}`).query(networkStateQuery);
        for (let n = 1; n < state.nextNumber; n++) {
          const tasks = await meetingTasks(n);
          if (tasks.some((t) => t.assigneeId === orgs[3].contact.person.id)) return tasks;
        }
        return undefined;
      },
      30_000,
      'a meeting with the new member',
    );
    expect(later.map((t) => t.assigneeId)).not.toContain(orgs[0].contact.person.id);

    const minutes = await call(client().PUT('/programs/{id}/network/meetings/{number}', { params: { path: { id: programId, number: 0 } }, body: { attendeeIds: [orgs[1].contact.person.id, orgs[2].contact.person.id], minutes: 'Uppstart: roller och mötesplan.' } }));
    expect(minutes.status).toBe(200);
    expect((await call(client().PUT('/programs/{id}/network/meetings/{number}', { params: { path: { id: programId, number: 0 } }, body: { attendeeIds: [office.person.id], minutes: 'x' } }))).status).toBe(400);
    expect((await call(client().PUT('/programs/{id}/network/meetings/{number}', { params: { path: { id: programId, number: 999 } }, body: { attendeeIds: [], minutes: 'x' } }))).status).toBe(404);
    const network = (await call(client().GET('/programs/{id}/network', { params: { path: { id: programId } } }))).body;
    expect(network.meetings[0]).toMatchObject({ number: 0, attendeeIds: [orgs[1].contact.person.id, orgs[2].contact.person.id] });
    // A member completes their status report from their own inbox.
    const own = kickoff.find((t) => t.assigneeId === orgs[1].contact.person.id)!;
    expect((await call(client(orgs[1].contact.token).POST('/tasks/{id}/complete', { params: { path: { id: own.id } }, body: answerBody({ status: 'Två aktiviteter planeras.' }) }))).status).toBe(200);
  }, 90_000);

  it('runs phase II activities through planning, execution and evaluation with each decision, and shows the matrix', async () => {
    // The yearly planning check went to the members' contact persons when phase II opened.
    const yearly = await eventually(async () => {
      const rows = (await call(client().GET('/programs/{id}/yearly-planning-check', { params: { path: { id: programId } } }))).body;
      return rows.length >= 3 ? rows : undefined;
    }, 30_000, 'the yearly planning check');
    const check = yearly.find((r: { contactPersonId: string }) => r.contactPersonId === orgs[1].contact.person.id);
    expect((await call(client(orgs[1].contact.token).POST('/tasks/{id}/complete', { params: { path: { id: check.taskId } }, body: answerBody({ followsModel: true }) }))).status).toBe(200);
    // The inbox read model follows the task workflow a moment later.
    const confirmed = await eventually(async () => {
      const row = (await call(client().GET('/programs/{id}/yearly-planning-check', { params: { path: { id: programId } } }))).body.find((r: { taskId: string }) => r.taskId === check.taskId);
      return row.status === 'done' ? row : undefined;
    }, 15_000, 'the confirmation in the read model');
    expect(confirmed).toMatchObject({ status: 'done', followsModel: true });

    const base = { methodKey: 'service-design', effectGoalNumbers: [4, 5], plannedStart: '2019-09-01', plannedEnd: '2020-06-15' };
    const propose = (body: Omit<Schemas['ProposeActivityDto'], keyof typeof base>, token = office.token) =>
      call(client(token).POST('/programs/{id}/activities', { params: { path: { id: programId } }, body: { ...base, ...body } }));
    const own = { ownerOrganizationIds: [orgs[1].id], responsibleId: orgs[1].contact.person.id };
    // Refused: a contact person acting for another organization, an unknown level or focus area.
    expect((await propose({ title: 'Fel org', focusAreaKeys: ['adult-relations'], levelKeys: ['unit'], ownerOrganizationIds: [orgs[2].id], responsibleId: orgs[2].contact.person.id }, orgs[1].contact.token)).status).toBe(403);
    const badLevel = await propose({ title: 'Fel nivå', focusAreaKeys: ['adult-relations'], levelKeys: ['galaxy'], ...own });
    expect(badLevel.status).toBe(400);
    expect(badLevel.body.errors).toEqual([expect.objectContaining({ field: 'levelKeys.0' })]);
    expect((await propose({ title: 'Fel fokus', focusAreaKeys: ['space-travel'], levelKeys: ['unit'], ...own })).body.errors[0].field).toBe('focusAreaKeys.0');
    expect(await system.db.getRepository(ProgramActivityEntity).countBy({ programId })).toBe(0);

    const ended = (await propose({ title: 'Rastvärdar på skolgården', focusAreaKeys: ['adult-relations'], levelKeys: ['unit'], ...own }, orgs[1].contact.token)).body;
    const continued = (await propose({ title: 'Läxhjälp på fritidsgården', focusAreaKeys: ['developing-leisure'], levelKeys: ['department-company'], ownerOrganizationIds: [orgs[2].id], responsibleId: orgs[2].contact.person.id })).body;
    const scaled = (await propose({ title: 'Mentorer från arbetslivet', focusAreaKeys: ['working-life'], levelKeys: ['unit'], ...own })).body;
    const waiting = (await propose({ title: 'Feriejobb', focusAreaKeys: ['working-life'], levelKeys: ['external-collaboration'], ownerOrganizationIds: [orgs[2].id], responsibleId: orgs[2].contact.person.id })).body;
    expect([ended.status, continued.status, scaled.status, waiting.status]).toEqual(['planning', 'planning', 'planning', 'planning']);

    const live = (id: string, status: string) =>
      eventually(async () => {
        const a = (await call(client().GET('/activities/{activityId}', { params: { path: { activityId: id } } }))).body;
        return a.live?.status === status && (status === 'execution' || a.live.taskId) ? a : undefined;
      }, 30_000, `activity ${id} in ${status}`);
    // Evaluating an activity still in planning is refused.
    const planning = await live(ended.id, 'planning');
    const early = await call(client().POST('/activities/{activityId}/evaluate', { params: { path: { activityId: ended.id } }, body: { decision: 'end', rationale: 'För tidigt' } }));
    expect(early.status).toBe(409);
    expect(early.body.detail).toMatch(/in planning; only an activity under evaluation/);
    // Another organization's contact person cannot reach it.
    expect((await call(client(orgs[2].contact.token).POST('/activities/{activityId}/execution/complete', { params: { path: { activityId: ended.id } } }))).status).toBe(404);

    const responsibleOf = (a: { responsibleId: string }) => orgs.find((o) => o.contact.person.id === a.responsibleId)!.contact.token;
    const runCycle = async (activity: { id: string; responsibleId: string }) => {
      const p = await live(activity.id, 'planning');
      expect((await call(client(responsibleOf(activity)).POST('/tasks/{id}/complete', { params: { path: { id: p.live.taskId } }, body: answerBody({ plan: 'Plan klar' }) }))).status).toBe(200);
      await live(activity.id, 'execution');
      expect((await call(client(responsibleOf(activity)).POST('/activities/{activityId}/execution/complete', { params: { path: { activityId: activity.id } } }))).status).toBe(200);
      return live(activity.id, 'evaluation');
    };
    expect(planning.live.taskId).toBeTruthy();
    await runCycle(ended);
    expect((await call(client(orgs[1].contact.token).POST('/activities/{activityId}/evaluate', { params: { path: { activityId: ended.id } }, body: { decision: 'end', rationale: 'Målet nått' } }))).status).toBe(200);
    await runCycle(continued);
    expect((await call(client().POST('/activities/{activityId}/evaluate', { params: { path: { activityId: continued.id } }, body: { decision: 'continue', rationale: 'Fortsätter nästa termin' } }))).status).toBe(200);
    await runCycle(scaled);
    const notWider = await call(client().POST('/activities/{activityId}/evaluate', { params: { path: { activityId: scaled.id } }, body: { decision: 'scale-up', rationale: 'Större', scaleUp: { levelKeys: ['individual'] } } }));
    expect(notWider.status).toBe(400);
    expect(notWider.body.errors[0].message).toMatch(/wider level/);
    const scaleUp = await call(client().POST('/activities/{activityId}/evaluate', { params: { path: { activityId: scaled.id } }, body: { decision: 'scale-up', rationale: 'Fler skolor vill vara med', scaleUp: { levelKeys: ['departments-companies-together'], ownerOrganizationIds: [orgs[1].id, orgs[2].id] } } }));
    expect(scaleUp.status).toBe(200);
    const successorId = scaleUp.body.successorId;

    await eventually(async () => ((await call(client().GET('/activities/{activityId}', { params: { path: { activityId: ended.id } } }))).body.status === 'ended' ? true : undefined), 30_000, 'ended');
    await eventually(async () => ((await call(client().GET('/activities/{activityId}', { params: { path: { activityId: scaled.id } } }))).body.status === 'scaled-up' ? true : undefined), 30_000, 'scaled up');
    const again = await eventually(async () => {
      const a = (await call(client().GET('/activities/{activityId}', { params: { path: { activityId: continued.id } } }))).body;
      return a.cycle === 2 && a.status === 'planning' ? a : undefined;
    }, 30_000, 'second cycle');
    expect(again.cycles).toEqual([
      expect.objectContaining({ cycle: 1, decision: 'continue', rationale: 'Fortsätter nästa termin' }),
      expect.objectContaining({ cycle: 2, decision: null }),
    ]);
    const successor = (await call(client().GET('/activities/{activityId}', { params: { path: { activityId: successorId } } }))).body;
    expect(successor).toMatchObject({ parentId: scaled.id, levelKeys: ['departments-companies-together'], ownerOrganizationIds: [orgs[1].id, orgs[2].id], status: 'planning' });
    expect((await call(client().GET('/activities/{activityId}', { params: { path: { activityId: scaled.id } } }))).body.successors).toEqual([expect.objectContaining({ id: successorId })]);

    const matrix = (await call(client().GET('/programs/{id}/matrix', { params: { path: { id: programId } } }))).body;
    expect(matrix.focusAreas).toHaveLength(3);
    expect(matrix.levels).toHaveLength(5);
    expect(matrix.cells).toHaveLength(15);
    const cell = (f: string, l: string) => matrix.cells.find((c: { focusAreaKey: string; levelKey: string }) => c.focusAreaKey === f && c.levelKey === l);
    expect(cell('adult-relations', 'unit')).toMatchObject({ total: 1, byStatus: { ended: 1 } });
    expect(cell('developing-leisure', 'department-company')).toMatchObject({ total: 1, byStatus: { planning: 1 } });
    expect(cell('working-life', 'unit')).toMatchObject({ total: 1, byStatus: { 'scaled-up': 1 } });
    expect(cell('working-life', 'departments-companies-together')).toMatchObject({ total: 1, byStatus: { planning: 1 } });
    expect(cell('working-life', 'external-collaboration').total).toBe(1);
    const drill = (await call(client().GET('/programs/{id}/activities', { params: { path: { id: programId }, query: { focusArea: 'working-life', level: 'unit' } } }))).body;
    expect(drill.items.map((a: { id: string }) => a.id)).toEqual([scaled.id]);
    const goals = (await call(client().GET('/programs/{id}/effect-goals', { params: { path: { id: programId } } }))).body;
    expect(goals.find((g: { number: number }) => g.number === 4).activities).toHaveLength(5);
    expect(goals.find((g: { number: number }) => g.number === 1).activities).toHaveLength(0);
    // Phase II cannot close while activities are open.
    await atStep(programId, 'activities');
    expect((await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: programId, stepKey: 'activities' } } }))).body.detail).toMatch(/3 activities are still planned/);
    expect(await auditCount('activity.evaluated')).toBe(3);
    void waiting;

    recordHistory(system.config.temporal.address, `activity-${continued.id}`, 'program-activity-continued');
    recordHistory(system.config.temporal.address, `activity-${scaled.id}`, 'program-activity-scaled-up');
    recordHistory(system.config.temporal.address, `program-${programId}-phase-needs-analysis-2`, 'program-phase-needs-analysis');
    recordHistory(system.config.temporal.address, `program-${programId}`, 'governance-program-phase-two');
    recordHistory(system.config.temporal.address, `network-${programId}`, 'contact-network-meetings');
  }, 180_000);

  it('closes the program when the steering group stops it at the gate', async () => {
    const res = await call(client().POST('/programs', { body: programBody({ templateKey: 'skola-forst', templateVersion: 2, name: 'Stoppas vid grinden', governance: { network: FAST_NETWORK } }) }));
    const id = res.body.id;
    await runPhaseOne(new GovernanceApi(system.baseUrl, office.token), id, {
      sessions: [SEED_SESSIONS[0]],
      needsCsv: ['text,category\nTrygga skolvägar,trust-safety\n'],
      focusAreas: SEED_FOCUS_AREAS,
      collaborationModel: SEED_COLLABORATION_MODEL,
      gateOwnerId: steering.person.id,
      members: [{ organizationId: orgs[0].id, personId: orgs[0].contact.person.id }],
      kickoffAt: new Date(Date.now() + 3_600_000).toISOString(),
      communicationPlan: [SEED_COMMUNICATION_PLAN[1]],
    });
    await atGate(id);
    expect((await call(client(steering.token).POST('/programs/{id}/gate', { params: { path: { id } }, body: { decision: 'stop', comment: 'Avbryts' } }))).status).toBe(200);
    const result = await system.temporal.workflow.getHandle(`program-${id}`).result();
    expect(result).toMatchObject({ status: 'closed', phases: [{ key: 'needs-analysis', status: 'stopped' }, { key: 'implementation', status: 'pending' }] });
    expect((await system.temporal.workflow.getHandle(`network-${id}`).describe()).status.name).toBe('COMPLETED');
    expect((await position(id)).status).toBe('closed');
    expect((await call(client().POST('/programs/{id}/sessions', { params: { path: { id } }, body: SEED_SESSIONS[0] }))).status).toBe(409);
    recordHistory(system.config.temporal.address, `program-${id}`, 'governance-program-stopped');
  }, 180_000);

  it('loads the seed program as demo data through the API, once', async () => {
    const demoApi = new GovernanceApi(system.baseUrl, office.token);
    const { programId: demo, loaded } = await loadSkolaForstDemo(demoApi);
    expect(loaded).toBe(true);
    const stats = (await call(client().GET('/programs/{id}/needs/statistics', { params: { path: { id: demo } } }))).body;
    expect(stats).toMatchObject({ total: 450, uncategorized: 0 });
    expect(stats.byCategory.every((c: { count: number }) => c.count > 0)).toBe(true);
    expect((await call(client().GET('/programs/{id}/focus-areas', { params: { path: { id: demo } } }))).body.focusAreas).toHaveLength(3);
    expect((await call(client().GET('/programs/{id}/network', { params: { path: { id: demo } } }))).body.members).toHaveLength(6);
    expect((await position(demo)).phaseKey).toBe('implementation');
    const matrix = (await call(client().GET('/programs/{id}/matrix', { params: { path: { id: demo } } }))).body;
    expect(matrix.cells.filter((c: { total: number }) => c.total > 0)).toHaveLength(5);
    expect((await call(client().GET('/programs/{id}/activities', { params: { path: { id: demo }, query: { status: 'planning' } } }))).body.total).toBeGreaterThanOrEqual(3);
    // Loading again finds the demo and changes nothing.
    expect(await loadSkolaForstDemo(demoApi)).toEqual({ programId: demo, loaded: false });
  }, 180_000);

  it('continues the network as new before its history grows large, carrying the meeting count', async () => {
    // A program of its own, without members: each meeting is one activity and a timer.
    const quiet = (await call(client().POST('/programs', { body: { templateKey: 'skola-forst', name: 'Nätverk utan medlemmar' } }))).body.id;
    // Meeting 100 falls due now; then one every 0.2 s.
    const input: ContactNetworkInput = { programId: quiet, kickoffAt: new Date(Date.now() - 100 * 200).toISOString(), cadence: { initialEvery: 'PT0.2S', initialMeetings: 1, thenEvery: 'PT0.2S', statusReportBefore: 'PT0S' }, historyLimit: 40, nextNumber: 100 };
    const handle = await system.temporal.workflow.start(CONTACT_NETWORK_WORKFLOW, { taskQueue: system.config.temporal.taskQueue, workflowId: `network-${quiet}`, args: [input] });
    const firstRun = handle.firstExecutionRunId;
    const { s, d } = await eventually(async () => {
      const [state, description] = [await handle.query(networkStateQuery), await handle.describe()];
      return description.runId !== firstRun && state.nextNumber > 110 ? { s: state, d: description } : undefined;
    }, 60_000, 'a continued-as-new run');
    // The new run carries on counting where the old one stopped, with a short history of its own.
    expect(s.meetingsScheduled).toBe(s.nextNumber);
    expect(d.historyLength).toBeLessThan(60);
    const first = await system.temporal.workflow.getHandle(`network-${quiet}`, firstRun).describe();
    expect(first.status.name).toBe('CONTINUED_AS_NEW');
    await handle.signal(stopNetworkSignal);
    expect((await system.temporal.workflow.getHandle(`network-${quiet}`).result()).stopped).toBe(true);
  }, 90_000);
});
