import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { formRecordErrors, malformedTextPaths, mayDecideGates, stepProblems, type PhaseDefinition, type ProgramTemplate, type StepDefinitionLike, type StepRecordData } from '@gov/domain';
import { PersonEntity, ProgramEntity, ProgramStepRecordEntity, SteeringSeatEntity } from '@gov/persistence';
import { IsNull } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { knownPersons, shownPerson } from '../auth/read-scope.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import { phaseSnapshot, ProgramContext, type GovernedProgram } from '../phased/program-context.js';
import type { AddDocumentVersionDto, ApproveDocumentDto, SaveChecklistDto, SaveFormDto, SetGateOwnerDto, StepView } from './step.dto.js';

type Located = { phase: PhaseDefinition; step: StepDefinitionLike & { name: { sv: string; en: string } }; phaseIndex: number; stepIndex: number };
type Kind<K extends StepRecordData['kind']> = Extract<StepRecordData, { kind: K }>;

/**
 * The generic step kinds' data: a form's answers, a checklist's ticks with their evidence, a
 * document's versions and its approval. It changes only while its step is the program's open step,
 * under the program's shared lock (a completion takes the exclusive one), each change on the record.
 */
@Injectable()
export class StepRecordsService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

  async get(principal: Principal, programId: string, stepKey: string): Promise<StepView> {
    const row = await this.ctx.db.manager.findOneBy(ProgramEntity, { id: programId });
    if (!row) throw new NotFoundException(`Program ${programId} not found`);
    const template = await this.ctx.template(row);
    const at = locate(template, stepKey);
    // A program with steps is governed (its lists, possibly empty).
    const program = await this.ctx.read(programId);
    const m = this.ctx.db.manager;
    const record = await m.findOneBy(ProgramStepRecordEntity, { programId, stepKey });
    const data = record?.data ?? null;
    const status = statusOf(program, template, at);
    const problems = status === 'completed' ? [] : stepProblems({ snapshot: await phaseSnapshot(m, program), step: at.step, record: data });
    const people = data?.kind === 'document' ? [...data.versions.map((v) => v.recordedBy), data.approved?.by] : [];
    const known = await knownPersons(m, principal, people);
    const view: StepView = {
      programId,
      phaseKey: at.phase.key,
      key: at.step.key,
      kind: at.step.kind,
      name: at.step.name,
      status,
      problems: problems.map((p) => ({ message: p.message })),
      updatedAt: record?.updatedAt.toISOString() ?? null,
    };
    if (at.step.form) {
      view.fields = at.step.form.fields.map((f) => ({ ...f, required: Boolean(f.required) }));
      view.answers = data?.kind === 'form' ? data.answers : {};
    }
    if (at.step.checklist) {
      const ticks = data?.kind === 'checklist' ? data.items : {};
      view.items = at.step.checklist.items.map((i) => ({ key: i.key, name: i.name, evidence: i.evidence, done: Boolean(ticks[i.key]?.done), evidenceLink: ticks[i.key]?.evidence ?? null }));
    }
    if (at.step.document) {
      view.deliverable = at.step.document.deliverable;
      const doc = data?.kind === 'document' ? data : null;
      view.versions = (doc?.versions ?? []).map((v) => ({ ...v, recordedBy: shownPerson(known, v.recordedBy) }));
      view.approved = doc?.approved ? { ...doc.approved, by: shownPerson(known, doc.approved.by) } : null;
    }
    return view;
  }

  saveForm(principal: Principal, programId: string, stepKey: string, dto: SaveFormDto): Promise<StepView> {
    return this.change(principal, programId, stepKey, 'form', async (_m, step) => {
      const errors = formRecordErrors(step, dto.answers);
      if (errors.length) throw new ValidationProblem(errors);
      const answers = Object.fromEntries(Object.entries(dto.answers).filter(([, v]) => v !== ''));
      return { data: { kind: 'form' as const, answers }, audit: { fields: Object.keys(answers).length } };
    });
  }

  saveChecklist(principal: Principal, programId: string, stepKey: string, dto: SaveChecklistDto): Promise<StepView> {
    return this.change(principal, programId, stepKey, 'checklist', async (_m, step, current: Kind<'checklist'> | null) => {
      const list = step.checklist!.items;
      const items = { ...(current?.items ?? {}) };
      const errors: FieldError[] = [];
      dto.items.forEach((tick, i) => {
        const item = list.find((x) => x.key === tick.key);
        if (!item) return errors.push({ field: `items[${i}].key`, message: `'${tick.key}' is not one of: ${list.map((x) => x.key).join(', ')}` });
        if (tick.evidence && item.evidence === 'none') return errors.push({ field: `items[${i}].evidence`, message: 'this item asks for no evidence' });
        items[tick.key] = { done: tick.done, ...(tick.evidence ? { evidence: tick.evidence } : {}) };
      });
      if (errors.length) throw new ValidationProblem(errors);
      return { data: { kind: 'checklist' as const, items }, audit: { done: Object.values(items).filter((i) => i.done).length, of: list.length } };
    });
  }

  addDocumentVersion(principal: Principal, programId: string, stepKey: string, dto: AddDocumentVersionDto): Promise<StepView> {
    return this.change(principal, programId, stepKey, 'document', async (_m, _step, current: Kind<'document'> | null) => {
      const versions = [...(current?.versions ?? [])];
      if (versions.length >= 100) throw new ConflictException('A document step keeps at most 100 versions.');
      const version = (versions.at(-1)?.version ?? 0) + 1;
      versions.push({ version, title: dto.title, link: dto.link, recordedBy: principal.personId, recordedAt: new Date().toISOString() });
      return { data: { kind: 'document' as const, versions, approved: current?.approved ?? null }, audit: { version } };
    });
  }

  /** Approves the latest version: the project office, or the steering group's decision maker of the program. */
  approveDocument(principal: Principal, programId: string, stepKey: string, dto: ApproveDocumentDto): Promise<StepView> {
    return this.change(principal, programId, stepKey, 'document', async (_m, _step, current: Kind<'document'> | null, program) => {
      if (principal.role !== 'project_office' && principal.personId !== program.gateOwnerId) {
        throw new ForbiddenException("A document is approved by the project office or the program's decision maker.");
      }
      const latest = current?.versions.at(-1);
      if (!latest) throw new ConflictException('No version of the document has been recorded yet.');
      if (dto.version !== latest.version) throw new ValidationProblem([{ field: 'version', message: `only the latest version, ${latest.version}, can be approved` }]);
      if (current!.approved?.version === dto.version) throw new ConflictException(`Version ${dto.version} is approved already.`);
      return { data: { ...current!, approved: { version: dto.version, by: principal.personId, at: new Date().toISOString() } }, audit: { approvedVersion: dto.version }, type: 'step.document_approved' };
    });
  }

  /** Names the steering group's decision maker of a program whose template has no collaboration-model step. */
  setGateOwner(principal: Principal, programId: string, dto: SetGateOwnerDto) {
    return this.ctx.locked(programId, 'exclusive', async (m, program) => {
      if (program.status === 'closed') throw new ConflictException('The program is closed.');
      const template = await this.ctx.template(program, m);
      if (template.phases.some((p) => p.steps.some((s) => s.kind === 'collaboration-model'))) {
        throw new ConflictException("This program names its decision maker in its collaboration-model step (PUT /programs/{id}/collaboration-model).");
      }
      if (program.gateTaskId) throw new ConflictException('A decision point is open: its decision maker cannot change until it is decided.');
      if (await m.exists(SteeringSeatEntity, { where: { programId, untilAt: IsNull() } })) {
        throw new ConflictException("The program's steering group decides its gates and its chair is the decision maker: change the chair with PUT /programs/{id}/steering-group.");
      }
      const person = await m.findOneBy(PersonEntity, { id: dto.personId });
      if (!person) throw new ValidationProblem([{ field: 'personId', message: `person ${dto.personId} does not exist` }]);
      if (!person.permissions.includes('gate.decide') || !mayDecideGates(person)) {
        throw new ValidationProblem([{ field: 'personId', message: 'this person does not hold the gate.decide permission of the steering group' }]);
      }
      await m.update(ProgramEntity, { id: programId }, { gateOwnerId: dto.personId });
      await this.ctx.record(m, principal, programId, 'program.gate_owner_set', { gateOwnerId: dto.personId });
      return { programId, gateOwnerId: dto.personId };
    });
  }

  private async change<K extends StepRecordData['kind']>(
    principal: Principal,
    programId: string,
    stepKey: string,
    kind: K,
    work: (m: EntityManager, step: StepDefinitionLike, current: Kind<K> | null, program: GovernedProgram) => Promise<{ data: StepRecordData; audit: Record<string, string | number | boolean>; type?: string }>,
  ): Promise<StepView> {
    await this.ctx.locked(programId, 'share', async (m, program) => {
      const template = await this.ctx.template(program, m);
      const at = locate(template, stepKey);
      if (at.step.kind !== kind) throw new ConflictException(`Step '${stepKey}' is a ${at.step.kind} step, not a ${kind} step.`);
      if (program.status === 'closed') throw new ConflictException('The program is closed; nothing in it can change.');
      if (program.gateTaskId || program.stepKey !== stepKey || program.stepStatus !== 'open') {
        throw new ConflictException(`Step '${stepKey}' can change only while it is the open step; the program is at ${program.stepKey ? `step '${program.stepKey}' (${program.stepStatus})` : program.gateTaskId ? `the decision point of phase '${program.phaseKey}'` : `phase '${program.phaseKey}'`}.`);
      }
      const existing = await m.findOne(ProgramStepRecordEntity, { where: { programId, stepKey }, lock: { mode: 'pessimistic_write' } });
      const current = existing?.data.kind === kind ? (existing.data as Kind<K>) : null;
      const { data, audit, type } = await work(m, at.step, current, program);
      const malformed = malformedTextPaths(data);
      if (malformed.length) throw new ValidationProblem([{ field: '(body)', message: 'a text is not well-formed Unicode (a lone surrogate)' }]);
      await m.upsert(ProgramStepRecordEntity, { programId, stepKey, kind, data, updatedBy: principal.personId, updatedAt: new Date() }, ['programId', 'stepKey']);
      await this.ctx.record(m, principal, programId, type ?? `step.${kind}_saved`, { phaseKey: at.phase.key, stepKey, ...audit });
    });
    return this.get(principal, programId, stepKey);
  }
}

function locate(template: ProgramTemplate, stepKey: string): Located {
  for (const [phaseIndex, phase] of template.phases.entries()) {
    const stepIndex = phase.steps.findIndex((s) => s.key === stepKey);
    if (stepIndex >= 0) return { phase, step: phase.steps[stepIndex], phaseIndex, stepIndex };
  }
  throw new NotFoundException(`The program's template has no step '${stepKey}'`);
}

/** Where a step stands from the program's position: before it, at it, or past it. */
function statusOf(program: ProgramEntity, template: ProgramTemplate, at: Located): 'pending' | 'open' | 'completed' {
  if (program.stepKey === at.step.key) return program.stepStatus === 'open' ? 'open' : 'completed';
  const current = template.phases.findIndex((p) => p.key === program.phaseKey);
  if (current < 0) return program.status === 'closed' ? 'completed' : 'pending';
  if (at.phaseIndex !== current) return at.phaseIndex < current ? 'completed' : 'pending';
  if (program.gateTaskId) return 'completed';
  const open = template.phases[current].steps.findIndex((s) => s.key === program.stepKey);
  return open >= 0 && at.stepIndex < open ? 'completed' : 'pending';
}
