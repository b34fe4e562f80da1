import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { firstBrokenEntry, type ChainedAuditEntry } from '@gov/domain';
import type { ApiClient } from '@gov/api-client';
import { GovernanceApi, personBody, projectRoot, runPhaseOne, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS, tokenBody } from '@gov/devstack';
import { AuditEventEntity, dataSourceOptions } from '@gov/persistence';
import { PersonalDataInPayloadError, TemporalConnection } from '@gov/temporal';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

const run = promisify(execFile);
const exportFile = path.join(os.tmpdir(), `audit-export-${process.pid}.jsonl`);

/** `npm run audit -- …` against the test database. */
async function auditCli(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [path.join(projectRoot(), 'dist/scripts/audit.js'), ...args], { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL } });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

/** Counts the commands it sends that the API accepted. */
class CountingApi extends GovernanceApi {
  accepted = 0;
  override as(token: string): ApiClient {
    const client = super.as(token);
    client.use({
      onResponse: ({ request, response }) => {
        if (request.method !== 'GET' && response.status < 300) this.accepted++;
      },
    });
    return client;
  }
}

describe('the audit trail: complete, tamper-evident, exportable, privacy-safe', () => {
  let system: TestSystem;
  let superuser: DataSource;
  let office: TestPerson;
  let steering: TestPerson;
  let api: CountingApi;
  let programId: string;
  let contact: { person: { id: string }; token: string };
  let orgId: string;
  const NAME = 'Greta Erasmusdotter';
  const EMAIL = 'greta.erasmusdotter@example.se';

  beforeAll(async () => {
    // These scenarios poll the API while workflows move on: the per-token rate limit is not under test here.
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    superuser = await new DataSource(dataSourceOptions(system.config.database.url, 2, 'audit-test-superuser')).initialize();
    office = await createPerson(system, 'project_office');
    const arena = await createOrganization(system);
    steering = await createPerson(system, 'contact_person', { organizationId: arena.id, permissions: ['gate.decide'] });
    orgId = (await createOrganization(system)).id;
    api = new CountingApi(system.baseUrl, office.token);
  }, 60_000);
  afterAll(async () => {
    rmSync(exportFile, { force: true });
    await superuser?.destroy();
    await system?.stop();
  });

  const countsByType = async () => {
    const rows: { type: string; n: number }[] = await system.db.query(`SELECT type, count(*)::int AS n FROM audit_events WHERE program_id = $1 GROUP BY type`, [programId]);
    return Object.fromEntries(rows.map((r) => [r.type, r.n]));
  };

  it('records every accepted command and every state change of a Skola först scenario', async () => {
    // A contact person with a recognizable name, registered through the API (a command like any other).
    const person = await api.ok(api.POST('/persons', { body: personBody({ displayName: NAME, email: EMAIL, role: 'contact_person', organizationId: orgId }) }));
    contact = { person, token: (await api.ok(api.POST('/persons/{id}/tokens', { params: { path: { id: person.id } }, body: tokenBody({ name: 'test' }) }))).token! };
    const before = api.accepted;
    programId = (await api.ok(api.POST('/programs', { body: { templateKey: 'skola-forst', templateVersion: 2, name: 'Granskad kraftsamling' } }))).id;
    await runPhaseOne(api, programId, {
      sessions: SEED_SESSIONS.slice(0, 2),
      needsCsv: ['text,category\nTrygga skolvägar,trust-safety\nFler vuxna ute,trust-safety\n'],
      focusAreas: SEED_FOCUS_AREAS,
      collaborationModel: SEED_COLLABORATION_MODEL,
      gateOwnerId: steering.person.id,
      members: [{ organizationId: orgId, personId: person.id }],
      kickoffAt: new Date(Date.now() + 3_600_000).toISOString(),
      communicationPlan: SEED_COMMUNICATION_PLAN.slice(0, 2),
    });
    // Free text naming the person, as people write it: minutes-like instructions on a task.
    await api.ok(api.POST('/tasks', { body: { title: `Samtal med ${NAME}`, instructions: `Ring ${NAME} på ${EMAIL}`, assigneeId: person.id, dueAt: new Date(Date.now() + 86_400_000).toISOString(), programId } }));
    await api.ok(api.as(steering.token).POST('/programs/{id}/gate', { params: { path: { id: programId } }, body: { decision: 'approve', comment: 'Godkänd' } }));
    await eventually(async () => ((await api.position(programId)).phaseKey === 'implementation' ? true : undefined), 30_000, 'phase II');
    const commands = api.accepted - before;

    const counts = await eventually(async () => {
      const c = await countsByType();
      return c['phase.started'] === 2 && c['step.opened'] === 9 ? c : undefined;
    }, 30_000, 'phase II to open its first step');
    expect(counts['command.accepted']).toBe(commands);
    expect(counts).toMatchObject({
      'program.started': 1,
      'phase.started': 2,
      'phase.completed': 1,
      'step.opened': 9,
      'step.completed': 8,
      'gate.opened': 1,
      'gate.decided': 1,
      'session.planned': 2,
      'needs.imported': 1,
      'focus_areas.set': 1,
      'collaboration_model.set': 1,
      'network.member_joined': 1,
      'network.started': 1,
      'communication_item.added': 2,
    });
    // Every task made (8 steps + the gate + phase II's first step + the office's own + the yearly check) and every completion.
    expect(counts['task.created']).toBeGreaterThanOrEqual(12);
    expect(counts['task.completed']).toBe(9);
    const gate: AuditEventEntity[] = await system.db.getRepository(AuditEventEntity).findBy({ programId, type: 'gate.decided' });
    expect(gate[0]).toMatchObject({ actorKind: 'person', actorId: steering.person.id, phaseKey: 'needs-analysis' });
    const command = (await system.db.getRepository(AuditEventEntity).findBy({ programId, type: 'command.accepted' })).find((e) => e.data.route === '/programs/:id/gate')!;
    expect(command).toMatchObject({ actorId: steering.person.id, actorRole: 'contact_person', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(command.data).toMatchObject({ method: 'POST', 'param.id': programId, decision: 'approve', fields: 'comment,decision' });
  }, 180_000);

  it('verifies the chain in the database and, from an export, without it', async () => {
    const verified = (await api.ok(api.GET('/audit/verify'))) as { valid: boolean; entries: number; head: { seq: string } };
    expect(verified.valid).toBe(true);
    const [{ n }] = await system.db.query('SELECT count(*)::int AS n FROM audit_events');
    expect(verified.entries).toBe(n);
    expect(verified.head.seq).toBe(String(n));

    const exported = await api.call(system.client(office.token).GET('/audit/export', { params: { query: { format: 'jsonl' } }, parseAs: 'text' }));
    expect(exported.contentType).toMatch(/application\/jsonl/);
    const text: string = exported.body;
    const [meta, ...lines] = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(meta.chain.headSeq).toBe(verified.head.seq);
    expect(lines.length).toBeGreaterThanOrEqual(n);
    // The same hashes recomputed outside the database: the file can be checked later on its own.
    expect(firstBrokenEntry(lines as ChainedAuditEntry[])).toBeNull();
    writeFileSync(exportFile, text);
    const ok = await auditCli(['verify-export', exportFile]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ valid: true, entries: lines.length, database: { matches: true } });
    const tampered = lines.map((l, i) => (i === 5 ? { ...l, data: { ...l.data, sneaky: true } } : l));
    expect(firstBrokenEntry(tampered as ChainedAuditEntry[])).toEqual({ seq: lines[5].seq, reason: 'content-changed' });

    const csv = await api.ok(system.client(office.token).GET('/audit/export', { params: { query: { format: 'csv', programId, type: 'step.*' } }, parseAs: 'text' }));
    const rows = csv.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^seq,id,occurredAt,type,/);
    expect(rows[1]).toMatch(new RegExp(`^${verified.head.seq},,[^,]+,#chain-head,`));
    expect(rows.slice(2).every((r) => r.includes(',step.'))).toBe(true);
    expect(rows).toHaveLength(2 + 17);
  });

  it('filters, pages newest first, and shows a workflow history as a readable timeline', async () => {
    const first = (await api.ok(api.GET('/audit', { params: { query: { programId, type: 'step.*', limit: 5 } } }))) as { items: { seq: string; type: string }[]; nextCursor: string };
    expect(first.items).toHaveLength(5);
    expect(first.items.every((e) => e.type.startsWith('step.'))).toBe(true);
    const seqs = first.items.map((e) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const second = (await api.ok(api.GET('/audit', { params: { query: { programId, type: 'step.*', limit: 5, before: first.nextCursor } } }))) as { items: { seq: string }[] };
    expect(Number(second.items[0].seq)).toBeLessThan(seqs[4]);
    const bySteering = (await api.ok(api.GET('/audit', { params: { query: { personId: steering.person.id } } }))) as { items: { type: string }[] };
    expect(bySteering.items.map((e) => e.type)).toEqual(expect.arrayContaining(['gate.decided', 'task.completed', 'command.accepted']));
    expect((await api.ok(api.GET('/audit', { params: { query: { programId, phase: 'needs-analysis', type: 'gate.decided' } } }))).items).toHaveLength(1);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await api.ok(api.GET('/audit', { params: { query: { programId, from: future } } }))).items).toHaveLength(0);
    expect((await api.call(api.GET('/audit', { params: { query: { type: 'DROP TABLE' } } }))).status).toBe(400);
    expect((await api.call(api.GET('/audit', { params: { query: { limit: 100000 } } }))).status).toBe(400);
    // Managers read; they cannot command.
    const manager = await createPerson(system, 'manager');
    expect((await api.call(api.as(manager.token).GET('/audit/verify'))).status).toBe(200);

    const timeline = (await api.ok(api.GET('/audit/workflows/{workflowId}/timeline', { params: { path: { workflowId: `program-${programId}` } } }))) as { items: { kind: string; what: string; actorId?: string; outcome?: string; workflowId: string }[]; workflows: number };
    expect(timeline.workflows).toBeGreaterThan(10);
    const completions = timeline.items.filter((i) => i.kind === 'update' && i.what === 'completeTask');
    expect(completions.map((i) => i.actorId)).toEqual(expect.arrayContaining([office.person.id, steering.person.id]));
    expect(timeline.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'child', what: expect.stringMatching(/^started programPhase/) }),
        expect.objectContaining({ kind: 'activity', what: 'openProgramTask', outcome: 'completed' }),
        expect.objectContaining({ kind: 'workflow', what: 'started governanceProgram' }),
      ]),
    );
    expect((await api.call(api.GET('/audit/workflows/{workflowId}/timeline', { params: { path: { workflowId: 'program-unknown' } } }))).status).toBe(404);
  }, 60_000);

  it('reports exactly the entry a superuser changed in SQL, and refuses the application role', async () => {
    const [target] = await superuser.query(`SELECT seq, data FROM audit_events WHERE program_id = $1 AND type = 'gate.decided'`, [programId]);
    const runner = superuser.createQueryRunner();
    await runner.connect();
    let tampered = false;
    try {
      // The append-only trigger refuses even a superuser until triggers are switched off.
      await expect(runner.query(`UPDATE audit_events SET data = '{"decision":"stop"}' WHERE seq = $1`, [target.seq])).rejects.toThrow(/append-only/);
      await runner.query(`SET session_replication_role = replica`);
      await runner.query(`UPDATE audit_events SET data = jsonb_set(data, '{decision}', '"stop"') WHERE seq = $1`, [target.seq]);
      tampered = true;
      const broken = (await api.ok(api.GET('/audit/verify'))) as { valid: boolean; firstBroken: { seq: string; reason: string } };
      expect(broken.valid).toBe(false);
      expect(broken.firstBroken).toMatchObject({ seq: String(target.seq), reason: 'content-changed' });
      // The command-line check says the same, and fails.
      const cli = await auditCli(['verify']);
      expect(cli.code).toBe(1);
      expect(JSON.parse(cli.stdout).firstBroken).toMatchObject({ seq: String(target.seq), reason: 'content-changed' });
      // An export taken before the change no longer matches the database.
      const exportCheck = await auditCli(['verify-export', exportFile]);
      expect(exportCheck.code).toBe(1);
      expect(JSON.parse(exportCheck.stdout).database).toEqual({ matches: false, firstDifferentSeq: String(target.seq) });
      await runner.query(`UPDATE audit_events SET data = $2 WHERE seq = $1`, [target.seq, target.data]);
      tampered = false;
      await runner.query(`SET session_replication_role = DEFAULT`);
      expect(((await api.ok(api.GET('/audit/verify'))) as { valid: boolean }).valid).toBe(true);

      // The role the application works as: permission denied, enforced by PostgreSQL's privileges.
      await runner.query(`SET ROLE governance_app`);
      for (const sql of ['UPDATE audit_events SET type = $1 WHERE seq = 1', 'DELETE FROM audit_events WHERE seq = $1']) {
        await expect(runner.query(sql, sql.startsWith('UPDATE') ? ['forged'] : [1])).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied for table audit_events/) });
      }
      await expect(runner.query('TRUNCATE audit_events')).rejects.toMatchObject({ code: '42501' });
      const [{ current_user: role }] = await system.db.query('SELECT current_user');
      expect(role).toBe('governance_app');
    } finally {
      await runner.query('RESET ROLE').catch(() => undefined);
      // Other specs share this database: put the row back whatever happened above.
      if (tampered) {
        await runner.query(`SET session_replication_role = replica`);
        await runner.query(`UPDATE audit_events SET data = $2 WHERE seq = $1`, [target.seq, target.data]);
      }
      await runner.query(`SET session_replication_role = DEFAULT`);
      await runner.release();
    }
  });

  it('erases a person: name and email nowhere in any table or workflow history, the chain still verifies', async () => {
    const erased = await api.ok(api.POST('/persons/{id}/erase', { params: { path: { id: contact.person.id } } }));
    expect(erased.rowsChanged).toBeGreaterThan(0);
    const tables: { table_name: string }[] = await superuser.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    for (const { table_name } of tables) {
      const [{ n }] = await superuser.query(`SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text ILIKE $1 OR t::text ILIKE $2`, [`%${NAME}%`, `%${EMAIL}%`]);
      expect({ table: table_name, rows: n }).toEqual({ table: table_name, rows: 0 });
    }
    const workflows = system.temporal.workflow.list({ query: `TaskQueue = '${system.config.temporal.taskQueue}'` });
    let histories = 0;
    for await (const wf of workflows) {
      const history = JSON.stringify(await system.temporal.workflow.getHandle(wf.workflowId, wf.runId).fetchHistory());
      const decoded = history + Buffer.from(history).toString('utf8');
      expect(decoded.includes(NAME) || decoded.includes(EMAIL) || decoded.includes(Buffer.from(EMAIL).toString('base64').slice(0, 20))).toBe(false);
      histories++;
    }
    expect(histories).toBeGreaterThan(10);
    expect(((await api.ok(api.GET('/audit/verify'))) as { valid: boolean }).valid).toBe(true);
    const person = await api.ok(api.GET('/persons/{id}', { params: { path: { id: contact.person.id } } }));
    expect(person.displayName).toBe('Raderad person');
    expect((await api.call(api.as(contact.token).GET('/me'))).status).toBe(401);
  }, 120_000);

  it('refuses, loudly, a Temporal payload that carries personal data', async () => {
    const client = system.api.get(TemporalConnection).client;
    await expect(
      client.workflow.start('humanTask', { taskQueue: system.config.temporal.taskQueue, workflowId: `guard-${programId}`, args: [{ taskId: programId, assigneeId: 'x', note: 'mail anna@example.se' }] }),
    ).rejects.toBeInstanceOf(PersonalDataInPayloadError);
    await expect(client.workflow.start('humanTask', { taskQueue: system.config.temporal.taskQueue, workflowId: `guard2-${programId}`, args: [{ displayName: 'Anna' }] })).rejects.toThrow(/"displayName" field/);
  });
});
