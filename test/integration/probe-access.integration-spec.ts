import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer, ok, textBody, type Schemas } from '@gov/api-client';
import { AuditEventEntity, TaskEntity } from '@gov/persistence';
import { answerBody, GovernanceApi, programBody, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS, seedNeedsCsv, taskBody } from '@gov/devstack';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/**
 * Issue 18, an outside security probe: contact persons reading other organizations' activities,
 * network members and yearly checks; gates decided by whoever holds gate.decide rather than the
 * decision maker the collaboration model names; tasks given to managers, who can never act.
 */
describe('the security probe of issue 18', () => {
  let system: TestSystem;
  let office: TestPerson;
  let manager: TestPerson;
  let participant: TestPerson;
  let chair: TestPerson;
  let otherSteering: TestPerson;
  let contactA: TestPerson;
  let contactB: TestPerson;
  let orgA: string;
  let orgB: string;
  let programId: string;
  let api: GovernanceApi;
  const activity: { a?: string; b?: string } = {};
  const SECRET_DESCRIPTION = 'Hemlig beskrivning av Mälarenergis aktivitet';
  const SECRET_RATIONALE = 'Hemlig motivering: budgeten räckte inte';

  /** The typed client as a person (the project office unless told): `ok` for answers that must succeed, `answer` for refusals. */
  const client = (token: string = office.token) => system.client(token);
  const program = () => ({ params: { path: { id: programId } } });
  /** The program's position as a person reads it (the project office unless told). */
  const position = async (token: string = office.token) => {
    const { position: at } = await ok(client(token).GET('/programs/{id}', program()));
    if (!at) throw new Error(`program ${programId} answered without its position`);
    return at;
  };
  const problem = (res: { status: number; contentType: string }, status: number) => {
    expect(res.status).toBe(status);
    expect(res.contentType).toContain('application/problem+json');
  };
  const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field);

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    // The project office holds gate.decide (as the first account does); so do a manager and a participant.
    office = await createPerson(system, 'project_office', { permissions: ['gate.decide'] });
    manager = await createPerson(system, 'manager', { permissions: ['gate.decide'] });
    participant = await createPerson(system, 'participant', { permissions: ['gate.decide'] });
    const arena = await createOrganization(system, `Hållbarhetsarenan ${Date.now()}`);
    chair = await createPerson(system, 'contact_person', { organizationId: arena.id, permissions: ['gate.decide'] });
    otherSteering = await createPerson(system, 'contact_person', { organizationId: arena.id, permissions: ['gate.decide'] });
    orgA = (await createOrganization(system)).id;
    orgB = (await createOrganization(system)).id;
    contactA = await createPerson(system, 'contact_person', { organizationId: orgA });
    contactB = await createPerson(system, 'contact_person', { organizationId: orgB });
    api = new GovernanceApi(system.baseUrl, office.token);
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
  });

  describe('the gate is decided by the decision maker the collaboration model names', () => {
    it('refuses naming a decision maker who can never act (a manager, a participant, nobody) with 400 naming gateOwnerId, changing nothing', async () => {
      programId = (await ok(client().POST('/programs', { body: programBody({ templateKey: 'skola-forst', templateVersion: 2, name: 'Säkerhetsgranskning' }) }))).id;
      const governance = await ok(client().GET('/programs/{id}/governance', program()));
      await api.atStep(programId, 'plan-gathering');
      const session = (await ok(client().POST('/programs/{id}/sessions', { ...program(), body: SEED_SESSIONS[0] }))).id;
      await api.completeStep(programId, 'plan-gathering');
      await api.atStep(programId, 'gathering');
      const csv = seedNeedsCsv(governance.needCategories.map((c) => c.key), { total: 90 });
      await ok(client().POST('/programs/{id}/sessions/{sessionId}/needs/import', { params: { path: { id: programId, sessionId: session } }, body: csv, ...textBody('text/csv') }));
      await api.completeStep(programId, 'gathering');
      await api.completeStep(programId, 'categorization');
      await api.atStep(programId, 'focus-areas');
      await ok(client().PUT('/programs/{id}/focus-areas', { ...program(), body: { focusAreas: SEED_FOCUS_AREAS } }));
      await api.completeStep(programId, 'focus-areas');
      await api.atStep(programId, 'collaboration-model');

      const audited = () => system.db.getRepository(AuditEventEntity).countBy({ programId, type: 'collaboration_model.set' });
      for (const nobody of [manager.person.id, participant.person.id, '4b6f1f8e-2a4f-4c4e-9d0e-1f2a3b4c5d6e']) {
        const res = await answer(client().PUT('/programs/{id}/collaboration-model', { ...program(), body: { roles: SEED_COLLABORATION_MODEL, gateOwnerId: nobody } }));
        problem(res, 400);
        expect(fields(res)).toEqual(['gateOwnerId']);
      }
      expect(await audited()).toBe(0);
      expect(await ok(client().GET('/programs/{id}/collaboration-model', program()))).toMatchObject({ gateOwnerId: null, roles: expect.arrayContaining([expect.objectContaining({ roleKey: 'steering-group', bodies: [] })]) });

      await ok(client().PUT('/programs/{id}/collaboration-model', { ...program(), body: { roles: SEED_COLLABORATION_MODEL, gateOwnerId: chair.person.id } }));
      expect(await audited()).toBe(1);
    }, 120_000);

    it('lets only the named decision maker decide: the project office and another steering-group member get 403, the chair decides', async () => {
      await api.completeStep(programId, 'collaboration-model');
      await api.atStep(programId, 'network');
      await ok(client().POST('/programs/{id}/network/members', { ...program(), body: { organizationId: orgA, personId: contactA.person.id } }));
      await ok(client().POST('/programs/{id}/network/members', { ...program(), body: { organizationId: orgB, personId: contactB.person.id } }));
      // The kickoff within the status-report lead: its meeting (0) and status tasks are prepared at once.
      await ok(client().POST('/programs/{id}/network/start', { ...program(), body: { kickoffAt: new Date(Date.now() + 86_400_000).toISOString() } }));
      await api.completeStep(programId, 'network');
      await api.atStep(programId, 'communication-plan');
      for (const item of SEED_COMMUNICATION_PLAN) await ok(client().POST('/programs/{id}/communication-plan', { ...program(), body: item }));
      await api.completeStep(programId, 'communication-plan');
      await api.completeStep(programId, 'phase-report');
      const gate = await api.until('the gate', async () => {
        const at = await position();
        return at.gateTaskId ? { ...at, gateTaskId: at.gateTaskId } : undefined;
      });

      for (const who of [office, otherSteering]) {
        const res = await answer(client(who.token).POST('/programs/{id}/gate', { ...program(), body: { decision: 'approve' } }));
        problem(res, 403);
        expect(res.body.detail).toMatch(/decision maker named in the program's collaboration model/);
      }
      // The program tells the named decision maker that the gate is theirs; other contact persons learn nobody's identity.
      expect(gate.gateOwnerId).toBe(chair.person.id);
      expect((await position(chair.token)).gateOwnerId).toBe(chair.person.id);
      expect((await position(contactA.token)).gateOwnerId).toBeNull();
      // Handing the gate task to someone else would leave it with a person who may not decide it.
      problem(await answer(client().POST('/tasks/{id}/reassign', { params: { path: { id: gate.gateTaskId } }, body: { assigneeId: office.person.id } })), 409);
      expect(await system.db.getRepository(AuditEventEntity).countBy({ programId, type: 'gate.decided' })).toBe(0);
      expect(await system.db.query('SELECT assignee_id, status, pending_command_id FROM tasks WHERE id = $1', [gate.gateTaskId])).toEqual([{ assignee_id: chair.person.id, status: 'open', pending_command_id: null }]);
      expect((await position()).gateTaskId).toBe(gate.gateTaskId);

      expect((await answer(client(chair.token).POST('/programs/{id}/gate', { ...program(), body: { decision: 'approve', comment: 'Godkänd' } }))).status).toBe(200);
      await api.until('phase II', async () => ((await position()).phaseKey === 'implementation' ? true : undefined), 60_000);
    }, 180_000);
  });

  describe('a contact person reads only their own organization', () => {
    it("answers 404 for another organization's activity and leaves it out of lists, the matrix and the effect goals", async () => {
      await api.until('phase II', async () => ((await position()).phaseKey === 'implementation' ? true : undefined), 60_000);
      const base = { methodKey: 'service-design', effectGoalNumbers: [4], plannedStart: '2019-09-01', plannedEnd: '2020-06-15', focusAreaKeys: ['adult-relations'], levelKeys: ['unit'] };
      activity.a = (await ok(client(contactA.token).POST('/programs/{id}/activities', { ...program(), body: { ...base, title: 'Rastvärdar', ownerOrganizationIds: [orgA], responsibleId: contactA.person.id } }))).id;
      activity.b = (await ok(client().POST('/programs/{id}/activities', { ...program(), body: { ...base, title: 'Mälarenergis aktivitet', description: SECRET_DESCRIPTION, ownerOrganizationIds: [orgB], responsibleId: contactB.person.id } }))).id;
      const activityB = { params: { path: { activityId: activity.b } } };
      const readB = () => ok(client().GET('/activities/{activityId}', activityB));
      // B's activity through a cycle, so that it has a decision and a rationale.
      const planning = await api.until('B planning', async () => (await readB()).live?.taskId ?? undefined);
      await ok(client(contactB.token).POST('/tasks/{id}/complete', { params: { path: { id: planning } }, body: answerBody({ plan: 'Plan klar' }) }));
      await api.until('B in execution', async () => ((await readB()).live?.status === 'execution' ? true : undefined));
      await ok(client(contactB.token).POST('/activities/{activityId}/execution/complete', activityB));
      await api.until('B under evaluation', async () => {
        const live = (await readB()).live;
        return live?.status === 'evaluation' && live.taskId ? true : undefined;
      });
      await ok(client(contactB.token).POST('/activities/{activityId}/evaluate', { ...activityB, body: { decision: 'continue', rationale: SECRET_RATIONALE } }));
      await api.until('B in its second cycle', async () => ((await readB()).cycle === 2 ? true : undefined));

      // The probe's read: another organization's activity.
      const theirs = await answer(client(contactA.token).GET('/activities/{activityId}', activityB));
      problem(theirs, 404);
      expect(JSON.stringify(theirs.body)).not.toContain(SECRET_DESCRIPTION);
      expect(await ok(client(contactA.token).GET('/activities/{activityId}', { params: { path: { activityId: activity.a } } }))).toMatchObject({ id: activity.a, responsibleId: contactA.person.id });

      const listed = await ok(client(contactA.token).GET('/programs/{id}/activities', program()));
      expect(listed).toMatchObject({ total: 1, items: [expect.objectContaining({ id: activity.a })] });
      const drill = await ok(client(contactA.token).GET('/programs/{id}/activities', { params: { path: { id: programId }, query: { focusArea: 'adult-relations', level: 'unit' } } }));
      expect(drill.items.map((x) => x.id)).toEqual([activity.a]);
      const cell = (m: Schemas['MatrixView']) => m.cells.find((c) => c.focusAreaKey === 'adult-relations' && c.levelKey === 'unit')!.total;
      const matrix = (token: string) => ok(client(token).GET('/programs/{id}/matrix', program()));
      expect(cell(await matrix(contactA.token))).toBe(1);
      const goals = await ok(client(contactA.token).GET('/programs/{id}/effect-goals', program()));
      expect(goals.find((g) => g.number === 4)!.activities.map((x) => x.id)).toEqual([activity.a]);
      for (const body of [listed, drill, goals]) {
        const text = JSON.stringify(body);
        for (const leak of [activity.b!, SECRET_DESCRIPTION, SECRET_RATIONALE, contactB.person.id, contactB.person.displayName]) expect(text).not.toContain(leak);
      }

      // The project office and managers keep reading everything.
      for (const reader of [office, manager]) {
        expect(await ok(client(reader.token).GET('/activities/{activityId}', activityB))).toMatchObject({ description: SECRET_DESCRIPTION, cycles: expect.arrayContaining([expect.objectContaining({ rationale: SECRET_RATIONALE })]) });
        expect((await ok(client(reader.token).GET('/programs/{id}/activities', program()))).total).toBe(2);
        expect(cell(await matrix(reader.token))).toBe(2);
      }
    }, 180_000);

    it("shows the network's member organizations without another organization's contact person, and only their own yearly check", async () => {
      await ok(client().PUT('/programs/{id}/network/meetings/{number}', { params: { path: { id: programId, number: 0 } }, body: { attendeeIds: [contactA.person.id, contactB.person.id], minutes: 'Uppstart genomförd.' } }));
      const network = await ok(client(contactA.token).GET('/programs/{id}/network', program()));
      expect(network.members).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ organizationId: orgA, personId: contactA.person.id, contactPerson: contactA.person.displayName }),
          expect.objectContaining({ organizationId: orgB, personId: null, contactPerson: null }),
        ]),
      );
      expect(network.meetings[0]).toMatchObject({ number: 0, attendeeIds: [contactA.person.id], attendees: 2, minutes: 'Uppstart genomförd.' });
      const full = await ok(client(manager.token).GET('/programs/{id}/network', program()));
      expect(full.members).toEqual(expect.arrayContaining([expect.objectContaining({ organizationId: orgB, personId: contactB.person.id, contactPerson: contactB.person.displayName })]));
      expect(full.meetings[0]).toMatchObject({ attendeeIds: [contactA.person.id, contactB.person.id], attendees: 2 });

      const rows = await eventually(async () => {
        const all = await ok(client().GET('/programs/{id}/yearly-planning-check', program()));
        return all.length >= 2 ? all : undefined;
      }, 30_000, 'the yearly planning check');
      expect(rows.map((r) => r.organizationId).sort()).toEqual([orgA, orgB].sort());
      const own = await ok(client(contactA.token).GET('/programs/{id}/yearly-planning-check', program()));
      expect(own).toEqual([expect.objectContaining({ organizationId: orgA, contactPersonId: contactA.person.id })]);

      const reportJson = (token: string) => ok(client(token).GET('/programs/{id}/report', { params: { path: { id: programId }, query: { format: 'json' } } }));
      const report = await reportJson(contactA.token);
      expect(report.network.members).toEqual(expect.arrayContaining([expect.objectContaining({ contactPerson: contactA.person.displayName }), expect.objectContaining({ contactPerson: null })]));
      const markdown = await ok(client(contactA.token).GET('/programs/{id}/report', { params: { path: { id: programId }, query: { format: 'markdown' } }, parseAs: 'text' }));
      const escaped = (name: string) => name.replace(/_/g, '\\_');
      expect(markdown).toContain(`| ${escaped(contactA.person.displayName)} |`);
      expect(markdown).toContain('| – |');
      expect(markdown).not.toContain(escaped(contactB.person.displayName));
      const model = await ok(client(contactA.token).GET('/programs/{id}/collaboration-model', program()));
      expect(model.gateOwnerId).toBeNull();
      expect((await ok(client(chair.token).GET('/programs/{id}/collaboration-model', program()))).gateOwnerId).toBe(chair.person.id);

      for (const body of [network, own, report, markdown, model]) {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        for (const leak of [contactB.person.id, contactB.person.displayName, chair.person.id, chair.person.displayName]) expect(text).not.toContain(leak);
      }
      expect(JSON.stringify(await reportJson(office.token))).toContain(contactB.person.displayName);
    }, 60_000);

    it('refuses a participant every program read with 403', async () => {
      const as = client(participant.token);
      const reads: [string, () => Promise<{ status: number }>][] = [
        [`/programs/${programId}/activities`, () => answer(as.GET('/programs/{id}/activities', program()))],
        [`/activities/${activity.a}`, () => answer(as.GET('/activities/{activityId}', { params: { path: { activityId: activity.a! } } }))],
        [`/programs/${programId}/network`, () => answer(as.GET('/programs/{id}/network', program()))],
        [`/programs/${programId}/yearly-planning-check`, () => answer(as.GET('/programs/{id}/yearly-planning-check', program()))],
        [`/programs/${programId}/matrix`, () => answer(as.GET('/programs/{id}/matrix', program()))],
      ];
      for (const [path, read] of reads) {
        expect([path, (await read()).status]).toEqual([path, 403]);
      }
    });
  });

  describe('tasks go only to persons who can complete them', () => {
    it('refuses a task for a manager or a participant with 400 naming assigneeId, storing nothing', async () => {
      const tasks = () => system.db.getRepository(TaskEntity).count();
      const before = await tasks();
      for (const who of [manager, participant]) {
        const res = await answer(client().POST('/tasks', { body: taskBody({ title: 'Granska rapporten', assigneeId: who.person.id, dueAt: '2030-01-01T09:00:00+01:00' }) }));
        problem(res, 400);
        expect(fields(res)).toEqual(['assigneeId']);
      }
      expect(await tasks()).toBe(before);

      const task = await ok(client().POST('/tasks', { body: taskBody({ title: 'Granska rapporten', assigneeId: contactA.person.id, dueAt: '2030-01-01T09:00:00+01:00' }) }));
      const theTask = { params: { path: { id: task.id } } };
      for (const who of [manager, participant]) {
        const res = await answer(client().POST('/tasks/{id}/reassign', { ...theTask, body: { assigneeId: who.person.id } }));
        problem(res, 400);
        expect(fields(res)).toEqual(['assigneeId']);
      }
      expect((await ok(client().GET('/tasks/{id}', theTask))).assigneeId).toBe(contactA.person.id);
      // A person who can complete it still takes it.
      expect((await ok(client().POST('/tasks/{id}/reassign', { ...theTask, body: { assigneeId: office.person.id } }))).assigneeId).toBe(office.person.id);
    });
  });
});
