import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call } from '@gov/api-client';
import { AuditEventEntity, ProgramTemplateEntity } from '@gov/persistence';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/**
 * The municipal project model (Idé → Förstudie → Planering → Genomförande → Avslut, decision points
 * BP1–BP5) as data only: registered through the API from its template file and run end to end over
 * HTTP — forms, a checklist with evidence, a document with versions and an approval, and every
 * outcome of a decision point: continue, revise the plan, send back, close.
 */
const FILE = JSON.parse(readFileSync(new URL('../../libs/domain/templates/projektmodell.v1.json', import.meta.url), 'utf8')) as Record<string, unknown> & {
  phases: { key: string; steps: { key: string; kind: string }[]; gate: { outcomes: { key: string; effect: string; to?: string }[] } }[];
};

describe('a project model registered as a template file runs end to end (issue 19)', () => {
  let system: TestSystem;
  let office: TestPerson;
  let steering: TestPerson;
  const key = `projektmodell-${Date.now().toString(36)}`;
  const template = { ...FILE, key };

  const client = (token: string = office.token) => system.client(token);
  const program = async (id: string) => (await call(client().GET('/programs/{id}', { params: { path: { id } } }))).body;
  const atStep = (id: string, stepKey: string) =>
    eventually(async () => {
      const p = (await program(id)).position;
      return p?.stepKey === stepKey && p.stepStatus === 'open' ? p : undefined;
    }, 60_000, `step ${stepKey} to open`);
  const atGate = (id: string, phaseKey: string) =>
    eventually(async () => {
      const p = (await program(id)).position;
      return p?.gateTaskId && p.phaseKey === phaseKey ? p : undefined;
    }, 60_000, `the decision point of ${phaseKey} to open`);
  const complete = async (id: string, stepKey: string) => {
    await atStep(id, stepKey);
    const res = await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id, stepKey } } }));
    expect({ stepKey, status: res.status, body: res.status === 200 ? null : res.body }).toEqual({ stepKey, status: 200, body: null });
  };
  const decide = async (id: string, phaseKey: string, decision: string, comment?: string) => {
    await atGate(id, phaseKey);
    const res = await call(client(steering.token).POST('/programs/{id}/gate', { params: { path: { id } }, body: { decision, ...(comment ? { comment } : {}) } }));
    expect({ decision, status: res.status }).toEqual({ decision, status: 200 });
  };
  const saveForm = (id: string, stepKey: string, answers: Record<string, string | number | boolean>) =>
    call(client().PUT('/programs/{id}/steps/{stepKey}/form', { params: { path: { id, stepKey } }, body: { answers } }));

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    office = await createPerson(system, 'project_office');
    const board = await createOrganization(system, `Styrgrupp projektmodell ${Date.now()}`);
    steering = await createPerson(system, 'contact_person', { organizationId: board.id, permissions: ['gate.decide'] });
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('refuses a template with an unknown kind, a missing field or an inconsistent reference, naming each path, and stores nothing', async () => {
    const broken = structuredClone(template);
    (broken.phases[2].steps[0] as { kind: string }).kind = 'spreadsheet';
    delete (broken as Record<string, unknown>).source;
    broken.phases[3].gate.outcomes[2].to = 'no-such-phase';
    const res = await call(client().POST('/templates', { body: broken as never }));
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['source', 'phases[2].steps[0].kind']));
    // The schema's problems come first; the reference is checked once the shape holds.
    const reference = structuredClone(template);
    reference.phases[3].gate.outcomes[2].to = 'no-such-phase';
    const second = await call(client().POST('/templates', { body: reference as never }));
    expect(second.status).toBe(400);
    expect(second.body.errors).toEqual([{ field: 'phases[3].gate.outcomes[2].to', message: "'no-such-phase' is not an earlier phase of this template" }]);
    expect(await system.db.getRepository(ProgramTemplateEntity).countBy({ key })).toBe(0);
    expect((await call(client().GET('/templates/{key}/versions/{version}', { params: { path: { key, version: 1 } } }))).status).toBe(404);
    // A contact person cannot register one.
    expect((await call(client(steering.token).POST('/templates', { body: template as never }))).status).toBe(403);
  }, 60_000);

  it('registers the template from its file, lists it, and refuses the same version twice', async () => {
    const res = await call(client().POST('/templates', { body: template as never }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ key, version: 1, kind: 'phased-program', builtIn: false, versions: [1] });
    expect(res.body.phases.map((p: { key: string; outcomes: { key: string }[] }) => [p.key, p.outcomes.map((o) => o.key)])).toEqual([
      ['ide', ['continue', 'revise', 'close']],
      ['forstudie', ['continue', 'revise', 'send-back', 'close']],
      ['planering', ['continue', 'revise', 'send-back', 'close']],
      ['genomforande', ['continue', 'revise', 'send-back', 'close']],
      ['avslut', ['continue', 'revise', 'send-back']],
    ]);
    const listed = (await call(client().GET('/templates'))).body.items.map((t: { key: string }) => t.key);
    expect(listed).toEqual(expect.arrayContaining(['skola-forst', 'fast-track', 'projektmodell', key]));
    expect((await call(client().POST('/templates', { body: template as never }))).status).toBe(409);
    expect(await system.db.getRepository(AuditEventEntity).countBy({ type: 'template.registered', dedupeKey: `template-${key}/v1` })).toBe(1);
    const schema = (await call(client().GET('/templates/schema'))).body;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  }, 60_000);

  it('runs every phase and decision point: a revised plan, a project sent back, and on to its closure', async () => {
    const created = await call(client().POST('/programs', { body: { templateKey: key, name: 'Digital skolskjuts' } }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await call(client().PUT('/programs/{id}/gate-owner', { params: { path: { id } }, body: { personId: steering.person.id } }))).status).toBe(200);

    // Idé: the form is refused while empty, and a bad answer changes nothing.
    await atStep(id, 'project-idea');
    const empty = await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id, stepKey: 'project-idea' } } }));
    expect(empty.status).toBe(409);
    expect(empty.body.detail).toMatch(/not been filled in/);
    const bad = await saveForm(id, 'project-idea', { title: 'Digital skolskjuts', colour: 'blå' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'answers.colour', message: 'this task does not ask for it' }]);
    expect((await call(client().GET('/programs/{id}/steps/{stepKey}', { params: { path: { id, stepKey: 'project-idea' } } }))).body.answers).toEqual({});
    expect((await saveForm(id, 'project-idea', { title: 'Digital skolskjuts', need: 'Elever väntar på skolskjuts som inte kommer.' })).status).toBe(200);
    const missing = await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id, stepKey: 'project-idea' } } }));
    expect(missing.status).toBe(409);
    expect(missing.body.missingFields).toEqual(['department']);
    const step = await saveForm(id, 'project-idea', { title: 'Digital skolskjuts', need: 'Elever väntar på skolskjuts som inte kommer.', department: 'Utbildningsförvaltningen' });
    expect(step.body).toMatchObject({ kind: 'form', status: 'open', problems: [] });
    await complete(id, 'project-idea');

    // BP1: revising the plan needs a comment; then the phase runs again with its data kept.
    await atGate(id, 'ide');
    const noComment = await call(client(steering.token).POST('/programs/{id}/gate', { params: { path: { id } }, body: { decision: 'revise' } }));
    expect(noComment.status).toBe(400);
    expect((await call(client(steering.token).POST('/programs/{id}/gate', { params: { path: { id } }, body: { decision: 'approve' } }))).status).toBe(400);
    await decide(id, 'ide', 'revise', 'Beskriv målgruppen.');
    await atStep(id, 'project-idea');
    expect((await saveForm(id, 'project-idea', { title: 'Digital skolskjuts', need: 'Elever väntar på skolskjuts.', department: 'Utbildningsförvaltningen', target_group: 'Elever i åk 1–6' })).status).toBe(200);
    await complete(id, 'project-idea');
    await decide(id, 'ide', 'continue');

    // Förstudie: the business case and the risks; BP2 sends the project back to Idé.
    await atStep(id, 'business-case');
    expect((await saveForm(id, 'business-case', { benefits: 'Kortare väntetid', benefit_owner: 'Skolskjutsenheten', cost_estimate_sek: 'dyr' })).status).toBe(400);
    expect((await saveForm(id, 'business-case', { benefits: 'Kortare väntetid, färre missade lektioner', benefit_owner: 'Skolskjutsenheten', cost_estimate_sek: 850000 })).status).toBe(200);
    await complete(id, 'business-case');
    await atStep(id, 'risks');
    expect((await saveForm(id, 'risks', { main_risk: 'Leverantören hinner inte', probability: 'sometimes', consequence: 'high', mitigation: 'Plan B' })).status).toBe(400);
    expect((await saveForm(id, 'risks', { main_risk: 'Leverantören hinner inte', probability: 'medium', consequence: 'high', mitigation: 'Plan B med egen personal' })).status).toBe(200);
    await complete(id, 'risks');
    await decide(id, 'forstudie', 'send-back', 'Idén behöver förankras hos skolorna först.');
    await complete(id, 'project-idea');
    await decide(id, 'ide', 'continue');
    // Back in Förstudie, its forms are as they were left.
    await complete(id, 'business-case');
    await complete(id, 'risks');
    await decide(id, 'forstudie', 'continue');

    // Planering: the directive, then the checklist whose plan needs a link to its evidence.
    await atStep(id, 'project-directive');
    expect((await saveForm(id, 'project-directive', { goal: 'Alla elever i tid', scope: 'Grundskolan', budget_sek: 850000, end_date: '2027-02-30', project_manager: 'Projektledaren' })).status).toBe(400);
    expect((await saveForm(id, 'project-directive', { goal: 'Alla elever i tid', scope: 'Grundskolan', budget_sek: 850000, end_date: '2027-06-30', project_manager: 'Projektledaren' })).status).toBe(200);
    await complete(id, 'project-directive');
    await atStep(id, 'required-documents');
    const tick = (items: { key: string; done: boolean; evidence?: string }[]) => call(client().PUT('/programs/{id}/steps/{stepKey}/checklist', { params: { path: { id, stepKey: 'required-documents' } }, body: { items } }));
    expect((await tick([{ key: 'project-plan', done: true }, { key: 'communication-plan', done: true }, { key: 'resource-plan', done: true }, { key: 'gdpr-assessment', done: true }])).status).toBe(200);
    const unproven = await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id, stepKey: 'required-documents' } } }));
    expect(unproven.status).toBe(409);
    expect(unproven.body.itemsWithoutEvidence).toEqual(['project-plan']);
    expect((await tick([{ key: 'gdpr-assessment', done: true, evidence: 'https://intranat.example.se/gdpr.pdf' }])).status).toBe(400);
    expect((await tick([{ key: 'project-plan', done: true, evidence: 'https://intranat.example.se/projektplan.pdf' }])).status).toBe(200);
    await complete(id, 'required-documents');
    await decide(id, 'planering', 'continue');

    // Genomförande: a status report; BP4 on to closure. A step of another phase cannot change now.
    await atStep(id, 'status-report');
    expect((await saveForm(id, 'project-idea', { title: 'Ändrad' })).status).toBe(409);
    expect((await saveForm(id, 'status-report', { status: 'on-track', done: 'Ny planering av turerna' })).status).toBe(200);
    await complete(id, 'status-report');
    await decide(id, 'genomforande', 'continue');

    // Avslut: the closing report in two versions, the latest approved; the handover checklist.
    await atStep(id, 'closing-report');
    const versions = { params: { path: { id, stepKey: 'closing-report' } } };
    expect((await call(client().POST('/programs/{id}/steps/{stepKey}/document/versions', { ...versions, body: { title: 'Slutrapport', link: 'https://intranat.example.se/slutrapport-v1.pdf' } }))).status).toBe(200);
    expect((await call(client().POST('/programs/{id}/steps/{stepKey}/document/versions', { ...versions, body: { title: 'Slutrapport, reviderad', link: 'https://intranat.example.se/slutrapport-v2.pdf' } }))).status).toBe(200);
    expect((await call(client(steering.token).POST('/programs/{id}/steps/{stepKey}/document/approval', { ...versions, body: { version: 1 } }))).status).toBe(400);
    const approved = await call(client(steering.token).POST('/programs/{id}/steps/{stepKey}/document/approval', { ...versions, body: { version: 2 } }));
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ approved: { version: 2, by: steering.person.id }, problems: [] });
    await complete(id, 'closing-report');
    await atStep(id, 'handover');
    expect((await call(client().PUT('/programs/{id}/steps/{stepKey}/checklist', { params: { path: { id, stepKey: 'handover' } }, body: { items: [{ key: 'receiver-named', done: true }, { key: 'benefits-followup', done: true, evidence: 'https://intranat.example.se/nyttoplan.pdf' }] } }))).status).toBe(200);
    await complete(id, 'handover');
    await decide(id, 'avslut', 'continue');

    const closed = await eventually(async () => {
      const p = await program(id);
      return p.position?.status === 'closed' ? p : undefined;
    }, 60_000, 'the project to close');
    expect(closed.live?.phases.map((p: { key: string; status: string; rounds?: number }) => [p.key, p.status, p.rounds])).toEqual([
      ['ide', 'completed', 3],
      ['forstudie', 'completed', 2],
      ['planering', 'completed', 1],
      ['genomforande', 'completed', 1],
      ['avslut', 'completed', 1],
    ]);
    const events = await system.db.getRepository(AuditEventEntity).find({ where: { programId: id }, order: { seq: 'ASC' } });
    expect(events.filter((e) => e.type.startsWith('phase.') && e.type !== 'phase.started').map((e) => `${e.type}:${(e.data as { phaseKey: string }).phaseKey}`)).toEqual([
      'phase.returned:ide',
      'phase.completed:ide',
      'phase.sent-back:forstudie',
      'phase.completed:ide',
      'phase.completed:forstudie',
      'phase.completed:planering',
      'phase.completed:genomforande',
      'phase.completed:avslut',
    ]);
    expect(events.filter((e) => e.type === 'gate.decided')).toHaveLength(8);
    expect(events.some((e) => e.type === 'step.document_approved')).toBe(true);
  }, 600_000);

  /**
   * Completes the open step from its kind alone, as the template describes it: a form gets an answer
   * for each required field, a checklist every item ticked (with evidence where asked), a document
   * a version that is then approved. No knowledge of this template is written here.
   */
  const completeByKind = async (id: string, stepKey: string) => {
    await atStep(id, stepKey);
    const step = (await call(client().GET('/programs/{id}/steps/{stepKey}', { params: { path: { id, stepKey } } }))).body;
    const at = { params: { path: { id, stepKey } } };
    if (step.kind === 'form') {
      const value = (f: { type: string; options?: string[] }) => (f.type === 'number' ? 1 : f.type === 'boolean' ? true : f.type === 'date' ? '2027-01-15' : f.type === 'choice' ? f.options![0] : 'Ifyllt');
      const answers = Object.fromEntries((step.fields ?? []).filter((f: { required: boolean }) => f.required).map((f: { key: string; type: string; options?: string[] }) => [f.key, value(f)]));
      expect((await call(client().PUT('/programs/{id}/steps/{stepKey}/form', { ...at, body: { answers } }))).status).toBe(200);
    }
    if (step.kind === 'checklist') {
      const items = (step.items ?? []).map((i: { key: string; evidence: string }) => ({ key: i.key, done: true, ...(i.evidence === 'none' ? {} : { evidence: `https://intranat.example.se/${i.key}.pdf` }) }));
      expect((await call(client().PUT('/programs/{id}/steps/{stepKey}/checklist', { ...at, body: { items } }))).status).toBe(200);
    }
    if (step.kind === 'document') {
      const added = await call(client().POST('/programs/{id}/steps/{stepKey}/document/versions', { ...at, body: { title: 'Dokument', link: 'https://intranat.example.se/dokument.pdf' } }));
      expect((await call(client().POST('/programs/{id}/steps/{stepKey}/document/approval', { ...at, body: { version: added.body.versions.at(-1).version } }))).status).toBe(200);
    }
    const done = await call(client().POST('/programs/{id}/steps/{stepKey}/complete', at));
    expect({ stepKey, status: done.status }).toEqual({ stepKey, status: 200 });
  };

  it('decides every decision point with each of its outcomes, each taking the program where its effect says', async () => {
    const { body: view } = await call(client().GET('/templates/{key}/versions/{version}', { params: { path: { key, version: 1 } } }));
    const phases = view.summary.phases as { key: string; steps: { key: string }[]; outcomes: { key: string; effect: string; to?: string }[] }[];
    const cases = phases.flatMap((phase, i) => phase.outcomes.map((outcome) => ({ i, phase, outcome })));
    expect(cases.length).toBe(18);
    const runCase = async ({ i, phase, outcome }: (typeof cases)[number]) => {
      const created = await call(client().POST('/programs', { body: { templateKey: key, name: `BP${i + 1} ${outcome.key}` } }));
      const id = created.body.id as string;
      expect((await call(client().PUT('/programs/{id}/gate-owner', { params: { path: { id } }, body: { personId: steering.person.id } }))).status).toBe(200);
      for (let j = 0; j <= i; j++) {
        for (const step of phases[j].steps) await completeByKind(id, step.key);
        await decide(id, phases[j].key, j === i ? outcome.key : 'continue', j === i ? `Beslut: ${outcome.key}` : undefined);
      }
      // Where the effect takes it: the next phase, this one again, the one before, or closed.
      const expected =
        outcome.effect === 'close' || (outcome.effect === 'next' && i === phases.length - 1)
          ? { status: 'closed', phaseKey: null }
          : { status: 'active', phaseKey: outcome.effect === 'next' ? phases[i + 1].key : outcome.effect === 'repeat' ? phase.key : phases[i - 1].key };
      const reached = await eventually(async () => {
        const p = (await program(id)).position!;
        if (expected.status === 'closed') return p.status === 'closed' ? p : undefined;
        return p.phaseKey === expected.phaseKey && p.stepStatus === 'open' ? p : undefined;
      }, 60_000, `BP${i + 1} ${outcome.key} to take effect`);
      expect({ bp: i + 1, outcome: outcome.key, status: reached.status, phaseKey: reached.phaseKey }).toEqual({ bp: i + 1, outcome: outcome.key, ...expected });
    };
    // A few projects at a time: each case is its own program.
    const queue = [...cases];
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await runCase(next);
    }));
  }, 900_000);

  it('closes a project at its first decision point', async () => {
    const created = await call(client().POST('/programs', { body: { templateKey: key, name: 'Ny simhall' } }));
    const id = created.body.id as string;
    expect((await call(client().PUT('/programs/{id}/gate-owner', { params: { path: { id } }, body: { personId: steering.person.id } }))).status).toBe(200);
    await atStep(id, 'project-idea');
    expect((await saveForm(id, 'project-idea', { title: 'Ny simhall', need: 'Simundervisning', department: 'Kultur- och fritidsförvaltningen' })).status).toBe(200);
    await complete(id, 'project-idea');
    await decide(id, 'ide', 'close', 'Ryms inte i budgeten.');
    const closed = await eventually(async () => {
      const p = await program(id);
      return p.position?.status === 'closed' ? p : undefined;
    }, 60_000, 'the project to close');
    expect(closed.live?.phases.map((p: { key: string; status: string }) => p.status)).toEqual(['stopped', 'pending', 'pending', 'pending', 'pending']);
  }, 120_000);
});
