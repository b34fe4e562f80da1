import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call } from '@gov/api-client';
import { answerBody, taskBody } from '@gov/devstack';
import pg from 'pg';
import { AuditEventEntity, OutboxMessageEntity, TaskEntity } from '@gov/persistence';
import { TasksService } from '../../apps/api/src/tasks/tasks.service.js';
import { HUMAN_TASK_WORKFLOW, taskWorkflowId } from '@gov/temporal/contracts';
import { WorkflowCensus } from '@gov/temporal';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

const week = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

/**
 * The consistency protocol against the real stores: slow commits, a crash between the commit and
 * the delivery to Temporal, and the census of rows without workflows and workflows without rows.
 */
describe('one command, one outcome', () => {
  let system: TestSystem;
  let office: TestPerson;
  let anna: TestPerson;
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
  /** The typed client as a person (the project office unless told); `call` gives status and body whatever it answered. */
  const client = (token: string = office.token) => system.client(token);

  beforeAll(async () => {
    // A database of its own: the slow-commit trigger and the census must not touch other specs' rows.
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    office = await createPerson(system, 'project_office');
    anna = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system)).id });
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('keeps a task with a meeting alive when its commit takes 2 s (the issue’s reproduction)', async () => {
    await asOwner(`CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(2); RETURN NULL; END $$`);
    await asOwner(`CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON tasks DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION slow_commit()`);
    try {
      const startsAt = new Date(Date.now() + 86_400_000);
      const res = await call(client().POST('/tasks', { body: taskBody({ title: 'Intervju', assigneeId: anna.person.id, dueAt: week(), meeting: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString() } }) }));
      expect(res.status).toBe(201);
      // The invitation is the workflow's first activity, which reads the task row: it is sent, and the workflow runs.
      await eventually(async () => ((await system.db.getRepository(OutboxMessageEntity).countBy({ idempotencyKey: `${taskWorkflowId(res.body.id)}/due-0/invitation-1` })) === 1 ? true : undefined), 30_000, 'the invitation');
      expect((await system.temporal.workflow.getHandle(taskWorkflowId(res.body.id)).describe()).status.name).toBe('RUNNING');
      expect((await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id: res.body.id } }, body: {} }))).status).toBe(200);
    } finally {
      await asOwner(`DROP TRIGGER slow_commit ON tasks`);
      await asOwner(`DROP FUNCTION slow_commit()`);
    }
  }, 60_000);

  it('shows a completion and a cancellation the workflow accepted at once, while its own record of them is slow', async () => {
    // Every change the worker writes to a task row takes 3 s: the workflow's record of the close lags.
    await asOwner(`CREATE FUNCTION slow_projection() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF current_setting('application_name') = 'governance-worker' THEN PERFORM pg_sleep(3); END IF; RETURN NEW; END $$`);
    await asOwner(`CREATE TRIGGER slow_projection BEFORE UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION slow_projection()`);
    try {
      const form = { fields: [{ key: 'follows', label: { sv: 'Följer samverkansmodellen', en: 'Follows the model' }, type: 'boolean' as const, required: true }] };
      const done = await call(client().POST('/tasks', { body: taskBody({ title: 'Granska', assigneeId: anna.person.id, dueAt: week(), answerForm: form }) }));
      const cancelled = await call(client().POST('/tasks', { body: taskBody({ title: 'Boka lokal', assigneeId: anna.person.id, dueAt: week() }) }));
      expect([done.status, cancelled.status]).toEqual([201, 201]);
      expect((await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id: done.body.id } }, body: answerBody({ follows: true }) }))).status).toBe(200);
      expect((await call(client().POST('/tasks/{id}/cancel', { params: { path: { id: cancelled.body.id } } }))).status).toBe(200);
      // Read right after the answers: both closed, the answer kept, neither in the inbox any more.
      const [a, b, inbox] = await Promise.all([
        call(client(anna.token).GET('/tasks/{id}', { params: { path: { id: done.body.id } } })),
        call(client().GET('/tasks/{id}', { params: { path: { id: cancelled.body.id } } })),
        call(client(anna.token).GET('/me/tasks', { params: { query: { limit: 100 } } })),
      ]);
      expect([a.body.status, a.body.answer, typeof a.body.closedAt]).toEqual(['done', { follows: true }, 'string']);
      expect(b.body.status).toBe('cancelled');
      expect(inbox.body.items.map((t: { id: string }) => t.id)).not.toEqual(expect.arrayContaining([done.body.id]));
      expect(inbox.body.items.map((t: { id: string }) => t.id)).not.toContain(cancelled.body.id);
      // The worker's record arrives later and changes nothing of it: the close stays, with its trail.
      await eventually(async () => ((await system.db.getRepository(AuditEventEntity).countBy({ type: 'task.completed' })) >= 1 ? true : undefined), 30_000, 'the completion on the record');
      const row = await system.db.getRepository(TaskEntity).findOneByOrFail({ id: done.body.id });
      expect([row.status, row.answer]).toEqual(['done', { follows: true }]);
    } finally {
      await asOwner(`DROP TRIGGER slow_projection ON tasks`);
      await asOwner(`DROP FUNCTION slow_projection()`);
    }
  }, 60_000);

  it('gives a task committed without its start (a crash in between) its workflow through the reconciler, on the record', async () => {
    const tasks = system.api.get(TasksService);
    // The command's transaction commits; the process "dies" before delivering it.
    const { row } = await system.db.transaction((m) =>
      tasks.prepare(office.person.id, { title: 'Efter krasch', instructions: '', assigneeId: anna.person.id, escalateToId: office.person.id, programId: null, dueAt: new Date(week()), reminderPolicy: { before: ['P1D'] }, answerForm: null, meeting: null }, m),
    );
    const t0 = Date.now();
    await eventually(async () => ((await system.temporal.workflow.getHandle(taskWorkflowId(row.id)).describe().catch(() => null)) ? true : undefined), 30_000, 'the reconciler to start the workflow');
    expect(Date.now() - t0).toBeLessThan(30_000);
    const repaired = await eventually(async () => (await system.db.getRepository(AuditEventEntity).findOneBy({ type: 'consistency.command_redelivered', workflowId: taskWorkflowId(row.id) })) ?? undefined, 10_000, 'the repair in the audit trail');
    expect(repaired.data).toMatchObject({ steps: `start:${taskWorkflowId(row.id)}` });
    const health = await call(client().GET('/health'));
    expect(health.body.details.consistency).toMatchObject({ status: 'up', pending: 0, repairedLast24h: expect.any(Number) });
    expect(health.body.details.consistency.repairedLast24h).toBeGreaterThanOrEqual(1);
    // The task takes its commands as any other.
    expect((await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id: row.id } }, body: {} }))).status).toBe(200);
  }, 60_000);

  it('completes a command the moment its row is read, before the reconciler would: the update delivers the recorded start', async () => {
    const tasks = system.api.get(TasksService);
    const { row } = await system.db.transaction((m) =>
      tasks.prepare(office.person.id, { title: 'Genast', instructions: '', assigneeId: anna.person.id, escalateToId: office.person.id, programId: null, dueAt: new Date(week()), reminderPolicy: { before: ['P1D'] }, answerForm: null, meeting: null }, m),
    );
    const res = await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id: row.id } }, body: {} }));
    expect(res.status).toBe(200);
    await eventually(async () => ((await system.db.getRepository(TaskEntity).findOneBy({ id: row.id }))?.status === 'done' ? true : undefined), 15_000, 'the task done');
  }, 60_000);

  it('finds rows without a workflow (starting an API task again) and workflows without a row, once each, in the audit trail', async () => {
    // An open API task from before the command log whose workflow is gone, and a workflow whose row is gone.
    const lonely = randomUUID();
    await system.db.query(
      `INSERT INTO tasks (id, title, instructions, assignee_id, escalate_to_id, due_at, reminder_policy, workflow_id, created_by, created_at)
       VALUES ($1, 'Gammal uppgift', '', $2, $3, $4, $5, $6, $3, now() - interval '5 minutes')`,
      [lonely, anna.person.id, office.person.id, week(), JSON.stringify({ before: ['P1D'] }), taskWorkflowId(lonely)],
    );
    const orphan = randomUUID();
    await system.temporal.workflow.start(HUMAN_TASK_WORKFLOW, {
      taskQueue: system.config.temporal.taskQueue,
      workflowId: taskWorkflowId(orphan),
      args: [{ taskId: orphan, assigneeId: anna.person.id, escalateToId: office.person.id, dueAt: week(), reminderPolicy: { before: ['P1D'] } }],
    });
    const census = system.notifier.get(WorkflowCensus);
    const report = await census.run();
    expect(report.rowsWithoutWorkflow).toEqual([taskWorkflowId(lonely)]);
    expect(report.started).toEqual([taskWorkflowId(lonely)]);
    expect(report.workflowsWithoutRow).toEqual([taskWorkflowId(orphan)]);
    expect((await system.temporal.workflow.getHandle(taskWorkflowId(lonely)).describe()).status.name).toBe('RUNNING');
    // A second census finds the orphan again but records it once; the restarted task is no longer missing.
    const again = await census.run();
    expect(again.rowsWithoutWorkflow).toEqual([]);
    expect(again.workflowsWithoutRow).toEqual([taskWorkflowId(orphan)]);
    const trail = system.db.getRepository(AuditEventEntity);
    expect(await trail.countBy({ type: 'consistency.workflow_missing', workflowId: taskWorkflowId(lonely) })).toBe(1);
    expect(await trail.countBy({ type: 'consistency.row_missing', workflowId: taskWorkflowId(orphan) })).toBe(1);
    const health = await call(client().GET('/health'));
    expect(health.body.details.consistency).toMatchObject({ rowsWithoutWorkflowLast24h: 1, workflowsWithoutRowLast24h: 1 });
    // The orphan is this test's doing: end it, and tell the guard.
    await system.temporal.workflow.getHandle(taskWorkflowId(orphan)).terminate('test orphan');
    system.expectEnded(taskWorkflowId(orphan));
  }, 60_000);
});
