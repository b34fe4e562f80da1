import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { GovernanceApi, loadSkolaForstDemo, SEED_ACTIVITIES, SEED_FOCUS_AREAS, taskBody } from '@gov/devstack';
import { AuditEventEntity, NetworkMemberEntity, ProgramActivityEntity, TaskEntity } from '@gov/persistence';
import { taskStateQuery, taskWorkflowId } from '@gov/temporal/contracts';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/**
 * A contact person leaves: everything she holds — 40 open tasks, the planning tasks of three
 * activities she is responsible for, the activities themselves, her network seat and her
 * organization's contact-person role — goes to her
 * successor in one command, previewed first; a handover that fails half-way changes nothing.
 */
describe('handing a contact person’s work over to a successor', () => {
  let system: TestSystem;
  let api: GovernanceApi;
  let programId: string;
  let leaving: TestPerson;
  let successor: TestPerson;
  let organizationId: string;
  const activities: string[] = [];

  /** The schema owner (the application's own role may not create triggers). */
  const asOwner = async (sql: string) => {
    const client = new pg.Client({ connectionString: system.config.database.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const held = async (personId: string) => ({
    tasks: await system.db.getRepository(TaskEntity).countBy({ assigneeId: personId, status: 'open' }),
    activities: await system.db.getRepository(ProgramActivityEntity).countBy({ responsibleId: personId }),
    seats: await system.db.getRepository(NetworkMemberEntity).countBy({ personId }),
  });

  beforeAll(async () => {
    // A database of its own: the failure trigger must not touch other specs' rows.
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    api = new GovernanceApi(system.baseUrl, (await createPerson(system, 'project_office')).token);
    ({ programId } = await loadSkolaForstDemo(api));
    // The person leaving: a contact person with a seat in the demo program's network.
    organizationId = (await createOrganization(system, `Fastighetskontoret ${Date.now()}`)).id;
    leaving = await createPerson(system, 'contact_person', { organizationId });
    successor = await createPerson(system, 'contact_person', { organizationId });
    await api.ok(api.POST('/programs/{id}/network/members', { params: { path: { id: programId } }, body: { organizationId, personId: leaving.person.id } }));
    for (let i = 0; i < 3; i++) {
      const activity = await api.ok(
        api.POST('/programs/{id}/activities', {
          params: { path: { id: programId } },
          body: {
            title: `Fastighetsaktivitet ${i + 1}`,
            focusAreaKeys: [SEED_FOCUS_AREAS[0].key],
            levelKeys: ['unit'],
            ownerOrganizationIds: [organizationId],
            responsibleId: leaving.person.id,
            methodKey: SEED_ACTIVITIES[0].methodKey,
            effectGoalNumbers: [...SEED_ACTIVITIES[0].effectGoalNumbers],
            plannedStart: '2027-01-01',
            plannedEnd: '2027-12-31',
          },
        }),
      );
      activities.push(activity.id);
    }
    for (let i = 0; i < 40; i++) {
      await api.ok(api.POST('/tasks', { body: taskBody({ title: `Uppgift ${i + 1}`, assigneeId: leaving.person.id, dueAt: new Date(Date.now() + (7 + i) * 86_400_000).toISOString() }) }));
    }
    // Each activity's planning task is hers too.
    await eventually(async () => ((await held(leaving.person.id)).tasks === 43 ? true : undefined), 60_000, 'her 43 open tasks');
  }, 300_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('previews the handover and changes nothing', async () => {
    const preview = await api.ok(api.POST('/persons/{id}/handover', { params: { path: { id: leaving.person.id }, query: { dryRun: 'true' } }, body: { to: successor.person.id } }));
    expect(preview.dryRun).toBe(true);
    expect(preview.moved).toBe(0);
    const kinds = preview.items.reduce<Record<string, number>>((n, item) => ({ ...n, [item.kind]: (n[item.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ task: 43, activity: 3, 'network-seat': 1, 'organization-contact': 1 });
    expect(await held(leaving.person.id)).toEqual({ tasks: 43, activities: 3, seats: 1 });
    expect(await system.db.getRepository(AuditEventEntity).countBy({ type: 'person.handed_over' })).toBe(0);
  });

  it('refuses a successor who cannot hold the work, naming why, and changes nothing', async () => {
    const elsewhere = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system)).id });
    const refused = await api.call(api.POST('/persons/{id}/handover', { params: { path: { id: leaving.person.id } }, body: { to: elsewhere.person.id } }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'to', message: 'the successor must be a contact person of the same organization' }]);
    expect((await api.call(api.POST('/persons/{id}/handover', { params: { path: { id: leaving.person.id } }, body: { to: leaving.person.id } }))).status).toBe(400);
    expect(await held(leaving.person.id)).toEqual({ tasks: 43, activities: 3, seats: 1 });
  });

  it('changes nothing when the handover fails half-way: no task moved, no activity, no seat, nothing on the record', async () => {
    // The third activity refuses to change hands: the failure comes after the tasks and two activities.
    await asOwner(`CREATE FUNCTION refuse_handover() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = '${activities[2]}' AND NEW.responsible_id <> OLD.responsible_id THEN RAISE EXCEPTION 'simulated failure half-way'; END IF; RETURN NEW; END $$`);
    await asOwner(`CREATE TRIGGER refuse_handover BEFORE UPDATE ON program_activities FOR EACH ROW EXECUTE FUNCTION refuse_handover()`);
    try {
      const failed = await api.call(api.POST('/persons/{id}/handover', { params: { path: { id: leaving.person.id } }, body: { to: successor.person.id } }));
      expect(failed.status).toBeGreaterThanOrEqual(500);
    } finally {
      await asOwner(`DROP TRIGGER refuse_handover ON program_activities`);
      await asOwner(`DROP FUNCTION refuse_handover()`);
    }
    expect(await held(leaving.person.id)).toEqual({ tasks: 43, activities: 3, seats: 1 });
    expect(await held(successor.person.id)).toEqual({ tasks: 0, activities: 0, seats: 0 });
    expect(await system.db.getRepository(AuditEventEntity).countBy({ type: 'person.handed_over' })).toBe(0);
    // No task's workflow was told: they are all still hers.
    const tasks = await system.db.getRepository(TaskEntity).findBy({ assigneeId: leaving.person.id, status: 'open' });
    for (const t of tasks.slice(0, 5)) expect((await system.temporal.workflow.getHandle(taskWorkflowId(t.id)).query(taskStateQuery)).assigneeId).toBe(leaving.person.id);
  });

  it('moves all of it in one command, one audit entry per item, and her successor’s inbox holds it at once', async () => {
    const done = await api.ok(api.POST('/persons/{id}/handover', { params: { path: { id: leaving.person.id } }, body: { to: successor.person.id } }));
    expect([done.dryRun, done.moved, done.items.length]).toEqual([false, 48, 48]);
    expect(await held(leaving.person.id)).toEqual({ tasks: 0, activities: 0, seats: 0 });
    expect(await held(successor.person.id)).toEqual({ tasks: 43, activities: 3, seats: 1 });
    expect((await api.ok(api.as(successor.token).GET('/me/tasks', { params: { query: { limit: 100 } } }))).total).toBe(43);
    expect((await api.ok(api.as(leaving.token).GET('/me/tasks', { params: { query: { limit: 100 } } }))).total).toBe(0);
    const entries = await system.db.getRepository(AuditEventEntity).findBy({ type: 'person.handed_over' });
    expect(entries).toHaveLength(48);
    expect(new Set(entries.map((e) => `${e.data.kind}/${e.data.itemId}`)).size).toBe(48);
    expect(entries.every((e) => e.data.from === leaving.person.id && e.data.to === successor.person.id)).toBe(true);
    // Every task's workflow has the successor; each records the reassignment in its own trail.
    const tasks = done.items.filter((i) => i.kind === 'task');
    for (const t of tasks) expect((await system.temporal.workflow.getHandle(taskWorkflowId(t.id)).query(taskStateQuery)).assigneeId).toBe(successor.person.id);
    await eventually(async () => ((await system.db.getRepository(AuditEventEntity).countBy({ type: 'task.reassigned' })) >= 43 ? true : undefined), 60_000, 'the 43 reassignments on the record');
    // The organization's contact person is now the successor: a task for the organization goes to him.
    const forOrganization = await api.ok(api.POST('/tasks', { body: taskBody({ title: 'Till fastighetskontoret', organizationId, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }) }));
    expect(forOrganization.assigneeId).toBe(successor.person.id);
    // The network lists the successor in her place.
    const network = await api.ok(api.GET('/programs/{id}/network', { params: { path: { id: programId } } }));
    expect(network.members.find((m) => m.organizationId === organizationId)?.personId).toBe(successor.person.id);
  }, 120_000);
});
