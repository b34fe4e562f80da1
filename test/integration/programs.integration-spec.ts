import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call, type ApiClient } from '@gov/api-client';
import { AuditEventEntity, ProgramEntity } from '@gov/persistence';
import { programStateQuery } from '@gov/temporal/contracts';
import { recordHistory } from '../support/histories.js';
import { createPerson } from '../support/people.js';
import { eventually, rawHttp, startSystem, type TestSystem } from '../support/system.js';

describe('programs over HTTP against PostgreSQL and Temporal', () => {
  let system: TestSystem;
  let office: string;
  let officeId: string;
  /** The project office's typed client. */
  let api: ApiClient;

  beforeAll(async () => {
    system = await startSystem();
    const created = await createPerson(system, 'project_office');
    office = created.token;
    officeId = created.person.id;
    api = system.client(office);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const createdIds: string[] = [];
  const workflowsOnQueue = () =>
    system.temporal.workflow.count(`TaskQueue = '${system.config.temporal.taskQueue}' AND WorkflowType = 'governanceProgram'`).then((r) => r.count);
  // Visibility is eventually consistent: wait until every program created so far is listed.
  const settledWorkflowCount = () =>
    eventually(async () => ((await workflowsOnQueue()) === createdIds.length ? createdIds.length : undefined), 15_000, 'visibility to list every program workflow');
  const programRows = () => system.db.getRepository(ProgramEntity).count();

  it('reports both components up on /health', async () => {
    const res = await call(system.client().GET('/health'));
    expect(res.status).toBe(200);
    expect(res.body.details).toMatchObject({ database: { status: 'up' }, temporal: { status: 'up' } });
  });

  it('serves the OpenAPI document with the program endpoints', async () => {
    // The documentation itself is outside the contract it serves: raw requests.
    const res = await rawHttp(system.baseUrl, 'GET', '/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/health', '/programs', '/programs/{id}']));
    expect((await rawHttp(system.baseUrl, 'GET', '/docs')).status).toBe(200);
  });

  it('stores a program, starts its workflow, records the audit event and merges the live state', async () => {
    const created = await call(api.POST('/programs', { body: { templateKey: 'skola-forst', name: 'Kraftsamling Skola först' } }));
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    createdIds.push(id);
    expect(created.body).toMatchObject({ templateKey: 'skola-forst', templateVersion: 3, workflowId: `program-${id}` });

    const row = await system.db.getRepository(ProgramEntity).findOneByOrFail({ id });
    expect(row.name).toBe('Kraftsamling Skola först');

    const handle = system.temporal.workflow.getHandle(`program-${id}`);
    const description = await handle.describe();
    expect(description.type).toBe('governanceProgram');
    expect(description.status.name).toBe('RUNNING');
    expect(description.taskQueue).toBe(system.config.temporal.taskQueue);
    expect((await handle.query(programStateQuery)).currentPhaseKey).toBe('needs-analysis');

    const audit = await eventually(async () => {
      const events = await system.db.getRepository(AuditEventEntity).findBy({ programId: id, type: 'program.started' });
      return events.length > 0 ? events : undefined;
    }, 15_000, 'the program.started audit event');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ type: 'program.started', actorKind: 'person', actorId: officeId, workflowId: `program-${id}`, runId: description.runId });
    expect(audit[0].data).toEqual({ templateKey: 'skola-forst', templateVersion: 3, firstPhase: 'needs-analysis' });

    const fetched = await call(api.GET('/programs/{id}', { params: { path: { id } } }));
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({
      id,
      name: 'Kraftsamling Skola först',
      live: {
        status: 'active',
        currentPhaseKey: 'needs-analysis',
        phases: [
          { key: 'needs-analysis', status: 'active' },
          { key: 'implementation', status: 'pending' },
        ],
      },
    });

    const listed = await call(api.GET('/programs', { params: { query: { limit: 5 } } }));
    expect(listed.status).toBe(200);
    expect(listed.data!.items.map((p) => p.id)).toContain(id);

    recordHistory(system.config.temporal.address, `program-${id}`, 'governance-program-started');
  });

  it('starts a Fast Track program at its info meeting', async () => {
    const created = await call(api.POST('/programs', { body: { templateKey: 'fast-track', templateVersion: 1, name: 'Fast Track hösten 2019' } }));
    expect(created.status).toBe(201);
    createdIds.push(created.body.id);
    expect(created.body.live.currentPhaseKey).toBe('info-meeting');
    expect(created.body.live.phases).toHaveLength(7);
  });

  const badBodies: [string, unknown, string][] = [
    ['an unknown template', { templateKey: 'no-such-program', name: 'X' }, 'templateKey'],
    ['a missing name', { templateKey: 'skola-forst' }, 'name'],
    ['a missing template key', { name: 'X' }, 'templateKey'],
    ['a name of the wrong type', { templateKey: 'skola-forst', name: 42 }, 'name'],
    ['a template key of the wrong type', { templateKey: ['skola-forst'], name: 'X' }, 'templateKey'],
    ['an empty name', { templateKey: 'skola-forst', name: '' }, 'name'],
    ['an over-long name', { templateKey: 'skola-forst', name: 'x'.repeat(201) }, 'name'],
    ['a version that does not exist', { templateKey: 'skola-forst', templateVersion: 7, name: 'X' }, 'templateVersion'],
    ['a fractional version', { templateKey: 'skola-forst', templateVersion: 1.5, name: 'X' }, 'templateVersion'],
    ['an unknown property', { templateKey: 'skola-forst', name: 'X', owner: 'someone' }, 'owner'],
  ];

  it.each(badBodies)('refuses %s with a 400 naming the field, storing nothing and starting no workflow', async (_case, body, field) => {
    const [rowsBefore, workflowsBefore] = [await programRows(), await settledWorkflowCount()];
    // Deliberately malformed bodies: raw, as a typed call could not send them.
    const res = await rawHttp(system.baseUrl, 'POST', '/programs', { token: office, body });
    expect(res.status).toBe(400);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, title: 'Bad Request', instance: '/programs' });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await programRows()).toBe(rowsBefore);
    expect(await workflowsOnQueue()).toBe(workflowsBefore);
  });

  it('refuses a body that is not JSON with a 400 problem document', async () => {
    const rowsBefore = await programRows();
    // Not JSON at all: raw.
    const res = await rawHttp(system.baseUrl, 'POST', '/programs', { token: office, body: '{"templateKey": ', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.contentType).toContain('application/problem+json');
    expect(await programRows()).toBe(rowsBefore);
  });

  it('answers 400 for an id that is not a UUID and 404 for an unknown program', async () => {
    expect((await call(api.GET('/programs/{id}', { params: { path: { id: 'not-a-uuid' } } }))).status).toBe(400);
    const missing = await call(api.GET('/programs/{id}', { params: { path: { id: '6f1c2f4e-9d3b-4c53-a4f4-5a0f3c1f9e21' } } }));
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
  });
});
