import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEventEntity, TaskEntity } from '@gov/persistence';
import { GovernanceApi, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS, seedNeedsCsv } from '@gov/devstack';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, rawHttp, startSystem, type TestSystem } from '../support/system.js';

// TODO(contract): still raw requests, as the probe sent them; to move to system.client(token).
const http = rawHttp;

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
  let send: (method: string, path: string, body?: unknown, options?: { contentType?: string; token?: string }) => Promise<any>;
  const activity: { a?: string; b?: string } = {};
  const SECRET_DESCRIPTION = 'Hemlig beskrivning av Mälarenergis aktivitet';
  const SECRET_RATIONALE = 'Hemlig motivering: budgeten räckte inte';

  const call = <T = any>(method: string, path: string, body?: unknown, token: string = office.token) => http<T>(system.baseUrl, method, path, { token, body });
  const position = async () => (await call('GET', `/programs/${programId}`)).body.position;
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
    send = async (method, path, body, options) => {
      const res = await rawHttp<any>(system.baseUrl, method, path, { token: options?.token ?? office.token, body, headers: options?.contentType ? { 'content-type': options.contentType } : undefined });
      if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body;
    };
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
  });

  describe('the gate is decided by the decision maker the collaboration model names', () => {
    it('refuses naming a decision maker who can never act (a manager, a participant, nobody) with 400 naming gateOwnerId, changing nothing', async () => {
      programId = (await send('POST', '/programs', { templateKey: 'skola-forst', name: 'Säkerhetsgranskning' })).id;
      const governance = await send('GET', `/programs/${programId}/governance`);
      await api.atStep(programId, 'plan-gathering');
      const session = (await send('POST', `/programs/${programId}/sessions`, SEED_SESSIONS[0])).id;
      await api.completeStep(programId, 'plan-gathering');
      await api.atStep(programId, 'gathering');
      await send('POST', `/programs/${programId}/sessions/${session}/needs/import`, seedNeedsCsv(governance.needCategories.map((c: { key: string }) => c.key), { total: 90 }), { contentType: 'text/csv' });
      await api.completeStep(programId, 'gathering');
      await api.completeStep(programId, 'categorization');
      await api.atStep(programId, 'focus-areas');
      await send('PUT', `/programs/${programId}/focus-areas`, { focusAreas: SEED_FOCUS_AREAS });
      await api.completeStep(programId, 'focus-areas');
      await api.atStep(programId, 'collaboration-model');

      const audited = () => system.db.getRepository(AuditEventEntity).countBy({ programId, type: 'collaboration_model.set' });
      for (const nobody of [manager.person.id, participant.person.id, '4b6f1f8e-2a4f-4c4e-9d0e-1f2a3b4c5d6e']) {
        const res = await call('PUT', `/programs/${programId}/collaboration-model`, { roles: SEED_COLLABORATION_MODEL, gateOwnerId: nobody });
        problem(res, 400);
        expect(fields(res)).toEqual(['gateOwnerId']);
      }
      expect(await audited()).toBe(0);
      expect(await send('GET', `/programs/${programId}/collaboration-model`)).toMatchObject({ gateOwnerId: null, roles: expect.arrayContaining([expect.objectContaining({ roleKey: 'steering-group', bodies: [] })]) });

      await send('PUT', `/programs/${programId}/collaboration-model`, { roles: SEED_COLLABORATION_MODEL, gateOwnerId: chair.person.id });
      expect(await audited()).toBe(1);
    }, 120_000);

    it('lets only the named decision maker decide: the project office and another steering-group member get 403, the chair decides', async () => {
      await api.completeStep(programId, 'collaboration-model');
      await api.atStep(programId, 'network');
      await send('POST', `/programs/${programId}/network/members`, { organizationId: orgA, personId: contactA.person.id });
      await send('POST', `/programs/${programId}/network/members`, { organizationId: orgB, personId: contactB.person.id });
      // The kickoff within the status-report lead: its meeting (0) and status tasks are prepared at once.
      await send('POST', `/programs/${programId}/network/start`, { kickoffAt: new Date(Date.now() + 86_400_000).toISOString() });
      await api.completeStep(programId, 'network');
      await api.atStep(programId, 'communication-plan');
      for (const item of SEED_COMMUNICATION_PLAN) await send('POST', `/programs/${programId}/communication-plan`, item);
      await api.completeStep(programId, 'communication-plan');
      await api.completeStep(programId, 'phase-report');
      const gate = await api.until('the gate', async () => ((await position()).gateTaskId ? await position() : undefined));

      for (const who of [office, otherSteering]) {
        const res = await call('POST', `/programs/${programId}/gate`, { decision: 'approve' }, who.token);
        problem(res, 403);
        expect(res.body.detail).toMatch(/decision maker named in the program's collaboration model/);
      }
      // The program tells the named decision maker that the gate is theirs; other contact persons learn nobody's identity.
      expect(gate.gateOwnerId).toBe(chair.person.id);
      expect((await call('GET', `/programs/${programId}`, undefined, chair.token)).body.position.gateOwnerId).toBe(chair.person.id);
      expect((await call('GET', `/programs/${programId}`, undefined, contactA.token)).body.position.gateOwnerId).toBeNull();
      // Handing the gate task to someone else would leave it with a person who may not decide it.
      problem(await call('POST', `/tasks/${gate.gateTaskId}/reassign`, { assigneeId: office.person.id }), 409);
      expect(await system.db.getRepository(AuditEventEntity).countBy({ programId, type: 'gate.decided' })).toBe(0);
      expect(await system.db.query('SELECT assignee_id, status, pending_command_id FROM tasks WHERE id = $1', [gate.gateTaskId])).toEqual([{ assignee_id: chair.person.id, status: 'open', pending_command_id: null }]);
      expect((await position()).gateTaskId).toBe(gate.gateTaskId);

      expect((await call('POST', `/programs/${programId}/gate`, { decision: 'approve', comment: 'Godkänd' }, chair.token)).status).toBe(200);
      await api.until('phase II', async () => ((await position()).phaseKey === 'implementation' ? true : undefined), 60_000);
    }, 180_000);
  });

  describe('a contact person reads only their own organization', () => {
    it("answers 404 for another organization's activity and leaves it out of lists, the matrix and the effect goals", async () => {
      await api.until('phase II', async () => ((await position()).phaseKey === 'implementation' ? true : undefined), 60_000);
      const base = { methodKey: 'service-design', effectGoalNumbers: [4], plannedStart: '2019-09-01', plannedEnd: '2020-06-15', focusAreaKeys: ['adult-relations'], levelKeys: ['unit'] };
      activity.a = (await send('POST', `/programs/${programId}/activities`, { ...base, title: 'Rastvärdar', ownerOrganizationIds: [orgA], responsibleId: contactA.person.id }, { token: contactA.token })).id;
      activity.b = (await send('POST', `/programs/${programId}/activities`, { ...base, title: 'Mälarenergis aktivitet', description: SECRET_DESCRIPTION, ownerOrganizationIds: [orgB], responsibleId: contactB.person.id })).id;
      // B's activity through a cycle, so that it has a decision and a rationale.
      const planning = await api.until('B planning', async () => (await send('GET', `/activities/${activity.b}`)).live?.taskId ?? undefined);
      await send('POST', `/tasks/${planning}/complete`, { answer: { plan: 'Plan klar' } }, { token: contactB.token });
      await api.until('B in execution', async () => ((await send('GET', `/activities/${activity.b}`)).live?.status === 'execution' ? true : undefined));
      await send('POST', `/activities/${activity.b}/execution/complete`, undefined, { token: contactB.token });
      await api.until('B under evaluation', async () => {
        const live = (await send('GET', `/activities/${activity.b}`)).live;
        return live?.status === 'evaluation' && live.taskId ? true : undefined;
      });
      await send('POST', `/activities/${activity.b}/evaluate`, { decision: 'continue', rationale: SECRET_RATIONALE }, { token: contactB.token });
      await api.until('B in its second cycle', async () => ((await send('GET', `/activities/${activity.b}`)).cycle === 2 ? true : undefined));

      // The probe's read: another organization's activity.
      const theirs = await call('GET', `/activities/${activity.b}`, undefined, contactA.token);
      problem(theirs, 404);
      expect(JSON.stringify(theirs.body)).not.toContain(SECRET_DESCRIPTION);
      expect((await call('GET', `/activities/${activity.a}`, undefined, contactA.token)).body).toMatchObject({ id: activity.a, responsibleId: contactA.person.id });

      const listed = (await call('GET', `/programs/${programId}/activities`, undefined, contactA.token)).body;
      expect(listed).toMatchObject({ total: 1, items: [expect.objectContaining({ id: activity.a })] });
      const drill = (await call('GET', `/programs/${programId}/activities?focusArea=adult-relations&level=unit`, undefined, contactA.token)).body;
      expect(drill.items.map((x: { id: string }) => x.id)).toEqual([activity.a]);
      const cell = (m: { cells: { focusAreaKey: string; levelKey: string; total: number }[] }) => m.cells.find((c) => c.focusAreaKey === 'adult-relations' && c.levelKey === 'unit')!.total;
      expect(cell((await call('GET', `/programs/${programId}/matrix`, undefined, contactA.token)).body)).toBe(1);
      const goals = (await call('GET', `/programs/${programId}/effect-goals`, undefined, contactA.token)).body;
      expect(goals.find((g: { number: number }) => g.number === 4).activities.map((x: { id: string }) => x.id)).toEqual([activity.a]);
      for (const body of [listed, drill, goals]) {
        const text = JSON.stringify(body);
        for (const leak of [activity.b!, SECRET_DESCRIPTION, SECRET_RATIONALE, contactB.person.id, contactB.person.displayName]) expect(text).not.toContain(leak);
      }

      // The project office and managers keep reading everything.
      for (const reader of [office, manager]) {
        expect((await call('GET', `/activities/${activity.b}`, undefined, reader.token)).body).toMatchObject({ description: SECRET_DESCRIPTION, cycles: expect.arrayContaining([expect.objectContaining({ rationale: SECRET_RATIONALE })]) });
        expect((await call('GET', `/programs/${programId}/activities`, undefined, reader.token)).body.total).toBe(2);
        expect(cell((await call('GET', `/programs/${programId}/matrix`, undefined, reader.token)).body)).toBe(2);
      }
    }, 180_000);

    it("shows the network's member organizations without another organization's contact person, and only their own yearly check", async () => {
      await call('PUT', `/programs/${programId}/network/meetings/0`, { attendeeIds: [contactA.person.id, contactB.person.id], minutes: 'Uppstart genomförd.' });
      const network = (await call('GET', `/programs/${programId}/network`, undefined, contactA.token)).body;
      expect(network.members).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ organizationId: orgA, personId: contactA.person.id, contactPerson: contactA.person.displayName }),
          expect.objectContaining({ organizationId: orgB, personId: null, contactPerson: null }),
        ]),
      );
      expect(network.meetings[0]).toMatchObject({ number: 0, attendeeIds: [contactA.person.id], attendees: 2, minutes: 'Uppstart genomförd.' });
      const full = (await call('GET', `/programs/${programId}/network`, undefined, manager.token)).body;
      expect(full.members).toEqual(expect.arrayContaining([expect.objectContaining({ organizationId: orgB, personId: contactB.person.id, contactPerson: contactB.person.displayName })]));
      expect(full.meetings[0]).toMatchObject({ attendeeIds: [contactA.person.id, contactB.person.id], attendees: 2 });

      const rows = await eventually(async () => {
        const all = (await call('GET', `/programs/${programId}/yearly-planning-check`)).body;
        return all.length >= 2 ? all : undefined;
      }, 30_000, 'the yearly planning check');
      expect(rows.map((r: { organizationId: string }) => r.organizationId).sort()).toEqual([orgA, orgB].sort());
      const own = (await call('GET', `/programs/${programId}/yearly-planning-check`, undefined, contactA.token)).body;
      expect(own).toEqual([expect.objectContaining({ organizationId: orgA, contactPersonId: contactA.person.id })]);

      const report = (await call('GET', `/programs/${programId}/report?format=json`, undefined, contactA.token)).body;
      expect(report.network.members).toEqual(expect.arrayContaining([expect.objectContaining({ contactPerson: contactA.person.displayName }), expect.objectContaining({ contactPerson: null })]));
      const markdown = (await call('GET', `/programs/${programId}/report?format=markdown`, undefined, contactA.token)).body as string;
      const escaped = (name: string) => name.replace(/_/g, '\\_');
      expect(markdown).toContain(`| ${escaped(contactA.person.displayName)} |`);
      expect(markdown).toContain('| – |');
      expect(markdown).not.toContain(escaped(contactB.person.displayName));
      const model = (await call('GET', `/programs/${programId}/collaboration-model`, undefined, contactA.token)).body;
      expect(model.gateOwnerId).toBeNull();
      expect((await call('GET', `/programs/${programId}/collaboration-model`, undefined, chair.token)).body.gateOwnerId).toBe(chair.person.id);

      for (const body of [network, own, report, markdown, model]) {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        for (const leak of [contactB.person.id, contactB.person.displayName, chair.person.id, chair.person.displayName]) expect(text).not.toContain(leak);
      }
      expect(JSON.stringify((await call('GET', `/programs/${programId}/report?format=json`, undefined, office.token)).body)).toContain(contactB.person.displayName);
    }, 60_000);

    it('refuses a participant every program read with 403', async () => {
      for (const path of [`/programs/${programId}/activities`, `/activities/${activity.a}`, `/programs/${programId}/network`, `/programs/${programId}/yearly-planning-check`, `/programs/${programId}/matrix`]) {
        expect([path, (await call('GET', path, undefined, participant.token)).status]).toEqual([path, 403]);
      }
    });
  });

  describe('tasks go only to persons who can complete them', () => {
    it('refuses a task for a manager or a participant with 400 naming assigneeId, storing nothing', async () => {
      const tasks = () => system.db.getRepository(TaskEntity).count();
      const before = await tasks();
      for (const who of [manager, participant]) {
        const res = await call('POST', '/tasks', { title: 'Granska rapporten', assigneeId: who.person.id, dueAt: '2030-01-01T09:00:00+01:00' });
        problem(res, 400);
        expect(fields(res)).toEqual(['assigneeId']);
      }
      expect(await tasks()).toBe(before);

      const task = await send('POST', '/tasks', { title: 'Granska rapporten', assigneeId: contactA.person.id, dueAt: '2030-01-01T09:00:00+01:00' });
      for (const who of [manager, participant]) {
        const res = await call('POST', `/tasks/${task.id}/reassign`, { assigneeId: who.person.id });
        problem(res, 400);
        expect(fields(res)).toEqual(['assigneeId']);
      }
      expect((await send('GET', `/tasks/${task.id}`)).assigneeId).toBe(contactA.person.id);
      // A person who can complete it still takes it.
      expect((await call('POST', `/tasks/${task.id}/reassign`, { assigneeId: office.person.id })).body.assigneeId).toBe(office.person.id);
    });
  });
});
