import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call } from '@gov/api-client';
import { AuditEventEntity } from '@gov/persistence';
import { programStateQuery, programWorkflowId } from '@gov/temporal/contracts';
import { createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

type Template = Record<string, unknown> & {
  version: number;
  phases: { key: string; steps: Record<string, unknown>[] }[];
  governance: { needCategories: Record<string, unknown>[] } & Record<string, unknown>;
};
const V2 = JSON.parse(readFileSync(new URL('../../libs/domain/templates/skola-forst.v2.json', import.meta.url), 'utf8')) as Template;

/** A running Skola först program moves onto a newer template version: a dry run first, a refused upgrade changes nothing. */
describe('template upgrades of a running program (issue 19)', () => {
  let system: TestSystem;
  let office: TestPerson;
  let programId: string;
  const client = () => system.client(office.token);
  const program = async () => (await call(client().GET('/programs/{id}', { params: { path: { id: programId } } }))).body;
  const upgrade = (toVersion: number, dryRun: boolean) =>
    call(client().POST('/programs/{id}/template-upgrade', { params: { path: { id: programId }, query: { dryRun } }, body: { toVersion } }));
  const workflowVersion = async () => (await system.temporal.workflow.getHandle(programWorkflowId(programId)).query(programStateQuery)).templateVersion;

  // Registered over the built-in versions (v3 is Skola först with its steering material): version 4 adds a form step to phase II
  // (ahead of the program) and a need category; version 5 drops a step of phase I (in progress).
  const v3: Template = structuredClone(V2);
  v3.version = 4;
  v3.phases[1].steps.splice(1, 0, {
    key: 'evaluation-plan',
    kind: 'form',
    name: { sv: 'Utvärderingsplan', en: 'Evaluation plan' },
    form: { fields: [{ key: 'method', label: { sv: 'Metod', en: 'Method' }, type: 'text', required: true }] },
  });
  v3.governance.needCategories.push({ key: 'digital-life', name: { sv: 'Digitalt liv', en: 'Digital life' } });
  const v4: Template = structuredClone(v3);
  v4.version = 5;
  v4.phases[0].steps = v4.phases[0].steps.filter((s) => s.key !== 'communication-plan');

  beforeAll(async () => {
    // Registering a newer Skola först version is seen by every program created without a version: a database of its own.
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    office = await createPerson(system, 'project_office');
    const created = await call(client().POST('/programs', { body: { templateKey: 'skola-forst', templateVersion: 2, name: 'Skola först, uppgraderas' } }));
    expect(created.status).toBe(201);
    programId = created.body.id;
    await eventually(async () => ((await program()).position?.stepKey === 'plan-gathering' ? true : undefined), 60_000, 'the first step');
    for (const t of [v3, v4]) expect((await call(client().POST('/templates', { body: t as never }))).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('reports what version 4 changes for the program, and a dry run changes nothing', async () => {
    const dry = await upgrade(4, true);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ fromVersion: 2, toVersion: 4, applicable: true, applied: false, dryRun: true, refusals: [], position: { phaseKey: 'needs-analysis', stepKey: 'plan-gathering' } });
    expect(dry.body.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'step-added', phaseKey: 'implementation', stepKey: 'evaluation-plan', place: 'after' }),
        expect.objectContaining({ kind: 'setting-changed', setting: 'needCategories' }),
      ]),
    );
    expect((await program()).templateVersion).toBe(2);
    expect(await workflowVersion()).toBe(2);
  }, 60_000);

  it('refuses version 5, which changes the phase in progress, and changes nothing', async () => {
    const dry = await upgrade(5, true);
    expect(dry.status).toBe(200);
    expect(dry.body.applicable).toBe(false);
    expect(dry.body.refusals.join(' ')).toMatch(/needs-analysis', the phase in progress/);
    const refused = await upgrade(5, false);
    expect(refused.status).toBe(409);
    expect((await program()).templateVersion).toBe(2);
    expect(await workflowVersion()).toBe(2);
    expect(await system.db.getRepository(AuditEventEntity).countBy({ programId, type: 'program.template_upgraded' })).toBe(0);
    expect((await upgrade(99, true)).status).toBe(400);
  }, 60_000);

  it('applies version 4: on the record, the new lists in use, and the program continues on the new version', async () => {
    const applied = await upgrade(4, false);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, toVersion: 4 });
    expect((await program()).templateVersion).toBe(4);
    expect(await workflowVersion()).toBe(4);
    const governance = (await call(client().GET('/programs/{id}/governance', { params: { path: { id: programId } } }))).body;
    expect(governance.needCategories.map((c: { key: string }) => c.key)).toContain('digital-life');
    expect((await program()).phases?.[1].steps.map((s: { key: string }) => s.key)).toEqual(['activities', 'evaluation-plan', 'yearly-planning-check']);
    expect(await system.db.getRepository(AuditEventEntity).countBy({ programId, type: 'program.template_upgraded' })).toBe(1);
    // An older version is refused now, and the program goes on with its step.
    expect((await upgrade(2, true)).body.applicable).toBe(false);
    const sessions = await call(
      client().POST('/programs/{id}/sessions', { params: { path: { id: programId } }, body: { kind: 'workshop', title: 'Workshop med lärare', heldOn: '2026-12-10', participantGroups: ['teachers'] } }),
    );
    expect(sessions.status).toBe(201);
    const done = await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: programId, stepKey: 'plan-gathering' } } }));
    expect(done.status).toBe(200);
    await eventually(async () => ((await program()).position?.stepKey === 'gathering' ? true : undefined), 60_000, 'the next step on the new version');
  }, 120_000);
});
