import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { parse as parseCsv } from 'csv-parse/sync';
import { In, IsNull, type EntityManager } from 'typeorm';
import {
  effectiveGovernance,
  gateOutcomesOf,
  plannedNetworkMeeting,
  mayDecideGates,
  OPEN_ACTIVITY_STATUSES,
  stepProblems,
  TemplateValidationError,
  type CalendarRule,
  type Governance,
  type Labelled,
  type NetworkCadence,
  type PhaseSnapshot,
} from '@gov/domain';
import {
  CalendarRules,
  CollaborationBodyEntity,
  CommunicationItemEntity,
  FocusAreaEntity,
  GatheringSessionEntity,
  NeedEntity,
  NetworkMeetingEntity,
  NetworkMemberEntity,
  OrganizationEntity,
  PersonEntity,
  ProgramActivityEntity,
  ProgramEntity,
  ProgramStepRecordEntity,
  TaskEntity,
} from '@gov/persistence';
import { asCommand } from '../common/database-errors.js';
import { ProgramWorkflows, TaskWorkflows, WorkflowCommands, type RecordedCommand } from '@gov/temporal';
import type { Principal } from '../auth/principal.js';
import { knownPersons, shownPerson } from '../auth/read-scope.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type {
  AddNetworkMemberDto,
  CategorizeNeedsDto,
  CreateCommunicationItemDto,
  CreateNeedDto,
  CreateSessionDto,
  DecideGateDto,
  NeedsQuery,
  RecordMeetingDto,
  SetCollaborationModelDto,
  SetFocusAreasDto,
  SetQuestionsDto,
  StartNetworkDto,
} from './phased.dto.js';
import { phaseSnapshot, ProgramContext, type GovernedProgram } from './program-context.js';

/** The most rows one CSV import takes (the seed gathered 450). */
export const MAX_IMPORT_ROWS = 10_000;
const CSV_COLUMNS = ['text', 'category', 'question'];
const MAX_LISTED_ERRORS = 50;

const keysOf = (items: Labelled[]) => items.map((i) => i.key);
const unknown = (field: string, value: string, allowed: string[]): FieldError => ({ field, message: `'${value}' is not one of: ${allowed.join(', ')}` });

/** Phase I of a phased program (Skola först's needs analysis): its data, its steps and its gate. */
/** Rows a dry run shows back. */
const PREVIEW_ROWS = 50;

/** A network member as the network answer lists it. */
interface NetworkMemberRow {
  id: string;
  organizationId: string;
  organization: string;
  personId: string;
  contactPerson: string;
  joinedAt: Date;
  leftAt: Date | null;
}

export interface NeedsImportResult {
  imported: number;
  /** Rows in the file. */
  rows: number;
  categorized: number;
  sessionId: string;
  dryRun: boolean;
  /** A dry run's first rows as they would be stored (row numbers count the header as row 1). */
  preview?: { row: number; text: string; categoryKey: string | null; questionKey: string | null }[];
}

@Injectable()
export class PhaseOneService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(ProgramWorkflows) private readonly workflows: ProgramWorkflows,
    @Inject(TaskWorkflows) private readonly tasks: TaskWorkflows,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
    @Inject(CalendarRules) private readonly calendars: CalendarRules,
  ) {}

  governance(programId: string): Promise<Governance> {
    return this.ctx.read(programId).then((p) => p.governance);
  }

  /** Replaces the question set (planning the gathering). */
  setQuestions(principal: Principal, programId: string, dto: SetQuestionsDto): Promise<Governance> {
    return this.ctx.edit(programId, 'sessions', async (m, program) => {
      const template = await this.ctx.template(program, m);
      let governance: Governance;
      try {
        governance = effectiveGovernance({ ...template, governance: program.governance }, { questions: dto.questions });
      } catch (err) {
        if (err instanceof TemplateValidationError) throw new ValidationProblem(err.issues.map((i) => ({ field: i.path.replace(/^governance\./, ''), message: i.message })));
        throw err;
      }
      await m.update(ProgramEntity, { id: programId }, { governance });
      await this.ctx.record(m, principal, programId, 'questions.set', { questions: governance.questions.length });
      return governance;
    });
  }

  createSession(principal: Principal, programId: string, dto: CreateSessionDto): Promise<GatheringSessionEntity> {
    return this.ctx.edit(programId, 'sessions', async (m, { governance: g }) => {
      const errors: FieldError[] = [];
      if (!keysOf(g.sessionKinds).includes(dto.kind)) errors.push(unknown('kind', dto.kind, keysOf(g.sessionKinds)));
      dto.participantGroups.forEach((k, i) => {
        if (!keysOf(g.participantGroups).includes(k)) errors.push(unknown(`participantGroups.${i}`, k, keysOf(g.participantGroups)));
      });
      if (dto.organizationId && !(await m.existsBy(OrganizationEntity, { id: dto.organizationId }))) errors.push({ field: 'organizationId', message: `organization ${dto.organizationId} does not exist` });
      if (errors.length) throw new ValidationProblem(errors);
      const session = m.create(GatheringSessionEntity, {
        id: randomUUID(),
        programId,
        kind: dto.kind,
        title: dto.title,
        heldOn: dto.heldOn,
        participantGroups: dto.participantGroups,
        organizationId: dto.organizationId ?? null,
      });
      await m.insert(GatheringSessionEntity, session);
      await this.ctx.record(m, principal, programId, 'session.planned', { sessionId: session.id, kind: dto.kind });
      return m.findOneByOrFail(GatheringSessionEntity, { id: session.id });
    });
  }

  async sessions(programId: string): Promise<(GatheringSessionEntity & { needs: number })[]> {
    await this.ctx.read(programId);
    const rows = await this.ctx.db.manager.find(GatheringSessionEntity, { where: { programId }, order: { heldOn: 'ASC', createdAt: 'ASC' } });
    const counts: { session_id: string; n: string }[] = await this.ctx.db.query(`SELECT session_id, count(*) AS n FROM needs WHERE program_id = $1 GROUP BY session_id`, [programId]);
    return rows.map((s) => ({ ...s, needs: Number(counts.find((c) => c.session_id === s.id)?.n ?? 0) }));
  }

  addNeed(principal: Principal, programId: string, sessionId: string, dto: CreateNeedDto): Promise<NeedEntity> {
    return this.ctx.edit(programId, 'needs', async (m, { governance: g }) => {
      await this.session(m, programId, sessionId);
      const errors = this.needErrors(g, dto.categoryKey, dto.questionKey, '');
      if (errors.length) throw new ValidationProblem(errors);
      const need = { id: randomUUID(), programId, sessionId, text: dto.text, categoryKey: dto.categoryKey ?? null, questionKey: dto.questionKey ?? null };
      await m.insert(NeedEntity, need);
      await this.ctx.record(m, principal, programId, 'need.recorded', { needId: need.id, sessionId, categoryKey: need.categoryKey });
      return m.findOneByOrFail(NeedEntity, { id: need.id });
    });
  }

  /**
   * Imports a session's needs from CSV (header `text[,category][,question]`): every row is checked
   * first, and a file with any bad row is refused whole, its errors listed by row.
   */
  /**
   * Imports a session's needs from CSV, all rows or none. A dry run checks the same things (the
   * program's step, the session, every row) and answers the rows it would import, changing nothing.
   */
  importNeeds(principal: Principal, programId: string, sessionId: string, csv: unknown, dryRun = false): Promise<NeedsImportResult> {
    if (typeof csv !== 'string' || !csv.trim()) throw new ValidationProblem([{ field: '(body)', message: 'send the needs as text/csv with a header row: text,category,question' }]);
    // PostgreSQL cannot store U+0000 (an insert would fail with a 500): refused like a NUL in any JSON body.
    if (csv.includes('\u0000')) throw new ValidationProblem([{ field: '(body)', message: 'the file must not contain a NUL character (U+0000)' }]);
    let records: Record<string, string>[];
    try {
      records = parseCsv(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, max_record_size: 10_000 });
    } catch (err) {
      throw new ValidationProblem([{ field: '(body)', message: `not readable as CSV: ${(err as Error).message}` }]);
    }
    if (!records.length) throw new ValidationProblem([{ field: '(body)', message: 'the file has no rows under its header' }]);
    const columns = Object.keys(records[0]);
    const extra = columns.filter((c) => !CSV_COLUMNS.includes(c));
    if (!columns.includes('text') || extra.length) {
      throw new ValidationProblem([{ field: 'header', message: `columns must be text and optionally category and question; found: ${columns.join(', ')}` }]);
    }
    if (records.length > MAX_IMPORT_ROWS) throw new ValidationProblem([{ field: '(body)', message: `at most ${MAX_IMPORT_ROWS} rows per import; the file has ${records.length}` }]);

    return this.ctx.edit(programId, 'needs', async (m, { governance: g }) => {
      await this.session(m, programId, sessionId);
      const errors: FieldError[] = [];
      const needs = records.map((r, i) => {
        const row = `row ${i + 2}`; // the header is row 1
        if (!r.text) errors.push({ field: `${row}.text`, message: 'required' });
        else if (r.text.length > 2000) errors.push({ field: `${row}.text`, message: 'at most 2000 characters' });
        errors.push(...this.needErrors(g, r.category || undefined, r.question || undefined, `${row}.`));
        return { id: randomUUID(), programId, sessionId, text: r.text, categoryKey: r.category || null, questionKey: r.question || null };
      });
      if (errors.length) {
        const listed = errors.slice(0, MAX_LISTED_ERRORS);
        if (errors.length > listed.length) listed.push({ field: '(body)', message: `… and ${errors.length - listed.length} more errors` });
        throw new ValidationProblem(listed);
      }
      const categorized = needs.filter((n) => n.categoryKey).length;
      if (dryRun) {
        const preview = needs.slice(0, PREVIEW_ROWS).map((n, i) => ({ row: i + 2, text: n.text, categoryKey: n.categoryKey, questionKey: n.questionKey }));
        return { imported: 0, rows: needs.length, categorized, sessionId, dryRun: true, preview };
      }
      for (let i = 0; i < needs.length; i += 500) await m.insert(NeedEntity, needs.slice(i, i + 500));
      await this.ctx.record(m, principal, programId, 'needs.imported', { sessionId, count: needs.length, categorized });
      return { imported: needs.length, rows: needs.length, categorized, sessionId, dryRun: false };
    });
  }

  async needs(programId: string, query: NeedsQuery): Promise<{ items: NeedEntity[]; total: number; limit: number; offset: number }> {
    await this.ctx.read(programId);
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const where = { programId, ...(query.uncategorized === 'true' ? { categoryKey: IsNull() } : query.category ? { categoryKey: query.category } : {}) };
    const [items, total] = await this.ctx.db.manager.findAndCount(NeedEntity, { where, order: { createdAt: 'ASC', id: 'ASC' }, take: limit, skip: offset });
    return { items, total, limit, offset };
  }

  /** Gives needs their categories; refused whole if any need or category is unknown. */
  categorize(principal: Principal, programId: string, dto: CategorizeNeedsDto): Promise<{ categorized: number; uncategorized: number }> {
    return this.ctx.edit(programId, 'categories', async (m, { governance: g }) => {
      const categories = keysOf(g.needCategories);
      const errors: FieldError[] = [];
      dto.assignments.forEach((a, i) => {
        if (!categories.includes(a.categoryKey)) errors.push(unknown(`assignments.${i}.categoryKey`, a.categoryKey, categories));
      });
      const ids = [...new Set(dto.assignments.map((a) => a.needId))];
      if (ids.length !== dto.assignments.length) errors.push({ field: 'assignments', message: 'each need may appear once' });
      const found = await m.find(NeedEntity, { select: { id: true }, where: { programId, id: In(ids) } });
      const missing = ids.filter((id) => !found.some((n) => n.id === id));
      if (missing.length) errors.push({ field: 'assignments', message: `needs not in this program: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ` … (${missing.length})` : ''}` });
      if (errors.length) throw new ValidationProblem(errors.slice(0, MAX_LISTED_ERRORS));
      for (const category of categories) {
        const group = dto.assignments.filter((a) => a.categoryKey === category).map((a) => a.needId);
        if (group.length) await m.update(NeedEntity, { programId, id: In(group) }, { categoryKey: category });
      }
      await this.ctx.record(m, principal, programId, 'needs.categorized', { count: dto.assignments.length });
      const uncategorized = await m.countBy(NeedEntity, { programId, categoryKey: IsNull() });
      return { categorized: dto.assignments.length, uncategorized };
    });
  }

  /** Needs per category (with share), per session kind and per participant group. */
  async statistics(programId: string) {
    const { governance: g } = await this.ctx.read(programId);
    const q = (sql: string) => this.ctx.db.query(sql, [programId]) as Promise<{ key: string | null; sessions?: string; needs: string }[]>;
    const [byCategory, byKind, byGroup] = await Promise.all([
      q(`SELECT category_key AS key, count(*) AS needs FROM needs WHERE program_id = $1 GROUP BY category_key`),
      q(`SELECT s.kind AS key, count(DISTINCT s.id) AS sessions, count(n.id) AS needs FROM gathering_sessions s LEFT JOIN needs n ON n.session_id = s.id WHERE s.program_id = $1 GROUP BY s.kind`),
      q(`SELECT grp AS key, count(DISTINCT s.id) AS sessions, count(n.id) AS needs FROM gathering_sessions s CROSS JOIN LATERAL unnest(s.participant_groups) AS grp LEFT JOIN needs n ON n.session_id = s.id WHERE s.program_id = $1 GROUP BY grp`),
    ]);
    const total = byCategory.reduce((sum, r) => sum + Number(r.needs), 0);
    const count = (rows: typeof byCategory, key: string | null) => rows.find((r) => r.key === key);
    return {
      total,
      uncategorized: Number(count(byCategory, null)?.needs ?? 0),
      byCategory: g.needCategories.map((c) => {
        const n = Number(count(byCategory, c.key)?.needs ?? 0);
        return { key: c.key, name: c.name, count: n, share: total ? n / total : 0 };
      }),
      sessions: {
        total: byKind.reduce((sum, r) => sum + Number(r.sessions), 0),
        byKind: g.sessionKinds.map((k) => ({ key: k.key, name: k.name, sessions: Number(count(byKind, k.key)?.sessions ?? 0), needs: Number(count(byKind, k.key)?.needs ?? 0) })),
        byParticipantGroup: g.participantGroups.map((k) => ({ key: k.key, name: k.name, sessions: Number(count(byGroup, k.key)?.sessions ?? 0), needs: Number(count(byGroup, k.key)?.needs ?? 0) })),
      },
    };
  }

  /** Chooses the focus areas (never more than the template's number), each linked to the categories it answers. */
  setFocusAreas(principal: Principal, programId: string, dto: SetFocusAreasDto) {
    return this.ctx.edit(programId, 'focusAreas', async (m, { governance: g }) => {
      const errors: FieldError[] = [];
      if (dto.focusAreas.length > (g.focusAreas?.count ?? 0)) {
        errors.push({ field: 'focusAreas', message: `the program has ${(g.focusAreas?.count ?? 0)} focus areas; ${dto.focusAreas.length} given` });
      }
      const keys = dto.focusAreas.map((f) => f.key);
      if (new Set(keys).size !== keys.length) errors.push({ field: 'focusAreas', message: 'focus area keys must differ' });
      const categories = keysOf(g.needCategories);
      dto.focusAreas.forEach((f, i) => {
        f.categoryKeys.forEach((c, j) => {
          if (!categories.includes(c)) errors.push(unknown(`focusAreas.${i}.categoryKeys.${j}`, c, categories));
        });
        if (!f.name && !(g.focusAreas?.suggestions ?? []).some((s) => s.key === f.key)) errors.push({ field: `focusAreas.${i}.name`, message: `required: '${f.key}' is not one of the suggested focus areas` });
      });
      if (errors.length) throw new ValidationProblem(errors);
      await m.delete(FocusAreaEntity, { programId });
      const rows = dto.focusAreas.map((f, position) => {
        const name = f.name ?? (g.focusAreas?.suggestions ?? []).find((s) => s.key === f.key)!.name;
        return { programId, key: f.key, position, nameSv: name.sv, nameEn: name.en, categoryKeys: f.categoryKeys };
      });
      if (rows.length) await m.insert(FocusAreaEntity, rows);
      await this.ctx.record(m, principal, programId, 'focus_areas.set', { focusAreas: keys.join(',') });
      return this.focusAreasOf(m, programId, g);
    });
  }

  async focusAreas(programId: string) {
    const program = await this.ctx.read(programId);
    return this.focusAreasOf(this.ctx.db.manager, programId, program.governance);
  }

  /** The chosen focus areas, and the needs per category beside them to support the choice. */
  private async focusAreasOf(m: EntityManager, programId: string, g: Governance) {
    const rows = await m.find(FocusAreaEntity, { where: { programId }, order: { position: 'ASC' } });
    const stats = await this.statistics(programId);
    return {
      required: (g.focusAreas?.count ?? 0),
      suggestions: (g.focusAreas?.suggestions ?? []),
      focusAreas: rows.map((r) => ({
        key: r.key,
        name: { sv: r.nameSv, en: r.nameEn },
        categories: r.categoryKeys.map((k) => ({ key: k, name: g.needCategories.find((c) => c.key === k)?.name, needs: stats.byCategory.find((c) => c.key === k)?.count ?? 0 })),
      })),
      needsPerCategory: stats.byCategory,
    };
  }

  setCollaborationModel(principal: Principal, programId: string, dto: SetCollaborationModelDto) {
    return this.ctx.edit(programId, 'collaborationModel', async (m, { governance: g }) => {
      const roles = keysOf(g.collaborationRoles);
      const errors: FieldError[] = [];
      dto.roles.forEach((r, i) => {
        if (!roles.includes(r.roleKey)) errors.push(unknown(`roles.${i}.roleKey`, r.roleKey, roles));
      });
      if (new Set(dto.roles.map((r) => r.roleKey)).size !== dto.roles.length) errors.push({ field: 'roles', message: 'each role may appear once' });
      const owner = await m.findOneBy(PersonEntity, { id: dto.gateOwnerId });
      if (!owner) errors.push({ field: 'gateOwnerId', message: `person ${dto.gateOwnerId} does not exist` });
      else if (!owner.permissions.includes('gate.decide')) errors.push({ field: 'gateOwnerId', message: 'this person does not hold the gate.decide permission of the steering group' });
      // The one person who may decide the gate must be able to: never a manager (read-only) or a participant.
      else if (!mayDecideGates(owner)) errors.push({ field: 'gateOwnerId', message: `a ${owner.role.replace('_', ' ')} can never decide a gate; name a steering-group member of the project office or a contact person` });
      if (errors.length) throw new ValidationProblem(errors);
      await m.delete(CollaborationBodyEntity, { programId });
      await m.insert(
        CollaborationBodyEntity,
        dto.roles.flatMap((r) => r.bodies.map((body, position) => ({ programId, roleKey: r.roleKey, position, body }))),
      );
      await m.update(ProgramEntity, { id: programId }, { gateOwnerId: dto.gateOwnerId });
      await this.ctx.record(m, principal, programId, 'collaboration_model.set', { roles: dto.roles.length, gateOwnerId: dto.gateOwnerId });
      return this.modelOf(m, programId, g, dto.gateOwnerId);
    });
  }

  /** The collaboration model; a contact person learns the gate's decision maker only when it is themselves or a colleague. */
  async collaborationModel(principal: Principal, programId: string) {
    const program = await this.ctx.read(programId);
    const known = await knownPersons(this.ctx.db.manager, principal, [program.gateOwnerId]);
    return this.modelOf(this.ctx.db.manager, programId, program.governance, shownPerson(known, program.gateOwnerId));
  }

  private async modelOf(m: EntityManager, programId: string, g: Governance, gateOwnerId: string | null) {
    const bodies = await m.find(CollaborationBodyEntity, { where: { programId }, order: { roleKey: 'ASC', position: 'ASC' } });
    return {
      gateOwnerId,
      roles: g.collaborationRoles.map((r) => ({ roleKey: r.key, name: r.name, suggestedBodies: r.suggestedBodies, bodies: bodies.filter((b) => b.roleKey === r.key).map((b) => b.body) })),
    };
  }

  /** One contact person per department and company; members may join while the network runs. */
  addNetworkMember(principal: Principal, programId: string, dto: AddNetworkMemberDto) {
    return this.ctx.locked(programId, 'share', async (m, program) => {
      const open = program.status === 'active' && (program.networkKickoffAt || (program.stepKey === 'network' && program.stepStatus === 'open'));
      if (!open) throw new ConflictException("Members join the network from the step 'network' on, while the program is active.");
      const person = await m.findOneBy(PersonEntity, { id: dto.personId });
      if (!(await m.existsBy(OrganizationEntity, { id: dto.organizationId }))) throw new ValidationProblem([{ field: 'organizationId', message: `organization ${dto.organizationId} does not exist` }]);
      if (!person || person.role !== 'contact_person' || person.organizationId !== dto.organizationId) {
        throw new ValidationProblem([{ field: 'personId', message: 'must be a contact person of that organization' }]);
      }
      if (await m.existsBy(NetworkMemberEntity, { programId, organizationId: dto.organizationId, leftAt: IsNull() })) {
        throw new ConflictException('This organization already has its contact person in the network; remove them first.');
      }
      const member = { id: randomUUID(), programId, organizationId: dto.organizationId, personId: dto.personId, joinedAt: new Date(), leftAt: null };
      await m.insert(NetworkMemberEntity, member);
      await this.ctx.record(m, principal, programId, 'network.member_joined', { organizationId: dto.organizationId, personId: dto.personId });
      return member;
    });
  }

  removeNetworkMember(principal: Principal, programId: string, organizationId: string) {
    return this.ctx.locked(programId, 'share', async (m) => {
      const member = await m.findOneBy(NetworkMemberEntity, { programId, organizationId, leftAt: IsNull() });
      if (!member) throw new NotFoundException('This organization has no member in the network');
      await m.update(NetworkMemberEntity, { id: member.id }, { leftAt: new Date() });
      await this.ctx.record(m, principal, programId, 'network.member_left', { organizationId, personId: member.personId });
      return { ...member, leftAt: new Date() };
    });
  }

  /** The calendar a network's cadence keeps meetings off, as the workflow carries it (days only, registered closures included). */
  private async networkCalendar(cadence: NetworkCadence, m: EntityManager): Promise<{ calendar?: CalendarRule }> {
    const calendar = await this.calendars.ruleFor(cadence.calendar, m);
    return calendar ? { calendar } : {};
  }

  /** Starts the network's own workflow: the kickoff, then meetings at the program's cadence. */
  async startNetwork(principal: Principal, programId: string, dto: StartNetworkDto) {
    const { command, network } = await this.ctx.edit(programId, 'network', async (m, program) => {
      if (program.networkKickoffAt) throw new ConflictException('The network is already started.');
      if (!(await m.countBy(NetworkMemberEntity, { programId, leftAt: IsNull() }))) throw new ConflictException('Add the contact persons before starting the network.');
      const kickoffAt = new Date(dto.kickoffAt);
      await m.update(ProgramEntity, { id: programId }, { networkKickoffAt: kickoffAt });
      await this.ctx.record(m, principal, programId, 'network.started', { kickoffAt: kickoffAt.toISOString() });
      const cadence = program.governance.network;
      if (!cadence) throw new ConflictException("This program's template gives no contact-person network cadence.");
      const recorded = await this.commands.record(m, [this.workflows.networkStartStep({ programId, kickoffAt: kickoffAt.toISOString(), cadence, ...(await this.networkCalendar(cadence, m)) })]);
      return { command: recorded, network: await this.networkOf(programId, m) };
    });
    await this.commands.deliverOrLeave(command);
    return network;
  }

  /**
   * The network as the caller may read it. Everyone who reads the program sees its member
   * organizations, the meetings and their minutes; a contact person sees no other organization's
   * contact person (personId and name null) and of each meeting's attendance the count and
   * whoever of their own organization attended.
   */
  async network(principal: Principal, programId: string) {
    await this.ctx.read(programId);
    const network = await this.networkOf(programId);
    const known = await knownPersons(this.ctx.db.manager, principal, [...network.members.map((x) => x.personId), ...network.meetings.flatMap((x) => x.attendeeIds ?? [])]);
    return {
      ...network,
      members: network.members.map((x) => (known.has(x.personId) ? x : { ...x, personId: null, contactPerson: null })),
      meetings: network.meetings.map((x) => ({ ...x, attendeeIds: x.attendeeIds && x.attendeeIds.filter((id) => known.has(id)) })),
    };
  }

  private async networkOf(programId: string, m: EntityManager = this.ctx.db.manager) {
    // An unknown program is a 404 (findOneByOrFail's EntityNotFoundError would answer 500).
    const program = await m.findOneBy(ProgramEntity, { id: programId });
    if (!program) throw new NotFoundException(`Program ${programId} not found`);
    const members: NetworkMemberRow[] = await m
      .createQueryBuilder(NetworkMemberEntity, 'nm')
      .innerJoin(OrganizationEntity, 'o', 'o.id = nm.organization_id')
      .innerJoin(PersonEntity, 'p', 'p.id = nm.person_id')
      .select(['nm.id AS id', 'nm.organization_id AS "organizationId"', 'o.name AS organization', 'nm.person_id AS "personId"', 'p.display_name AS "contactPerson"', 'nm.joined_at AS "joinedAt"', 'nm.left_at AS "leftAt"'])
      .where('nm.program_id = :programId', { programId })
      .orderBy('nm.joined_at', 'ASC')
      .getRawMany();
    const meetings = await m.find(NetworkMeetingEntity, { where: { programId }, order: { number: 'ASC' } });
    const cadence = (program.governance as Governance | null)?.network ?? null;
    // The next meetings as the network's workflow will plan them (the same rule, the same calendar), with why a date moved.
    const next = meetings.length ? meetings[meetings.length - 1].number + 1 : 0;
    const rule = cadence ? await this.calendars.labelledRuleFor(cadence.calendar) : undefined;
    const plan =
      program.networkKickoffAt && cadence
        ? [0, 1, 2, 3].map((i) => {
            const planned = plannedNetworkMeeting(program.networkKickoffAt!.getTime(), cadence, next + i, rule);
            return { number: next + i, startsAt: new Date(planned.at).toISOString(), byCadence: new Date(planned.byCadence).toISOString(), movedOver: planned.movedOver };
          })
        : [];
    return {
      started: Boolean(program.networkKickoffAt),
      kickoffAt: program.networkKickoffAt?.toISOString() ?? null,
      cadence,
      plan,
      members,
      meetings: meetings.map((x) => ({
        number: x.number,
        startsAt: x.startsAt.toISOString(),
        attendeeIds: x.attendeeIds,
        attendees: x.attendeeIds?.length ?? null,
        minutes: x.minutes,
        recordedAt: x.recordedAt?.toISOString() ?? null,
      })),
    };
  }

  /** Attendance and minutes of a meeting the network workflow has scheduled. */
  recordMeeting(principal: Principal, programId: string, number: number, dto: RecordMeetingDto) {
    return this.ctx.locked(programId, 'share', async (m) => {
      const meeting = await m.findOneBy(NetworkMeetingEntity, { programId, number });
      if (!meeting) throw new NotFoundException(`Meeting ${number} has not been scheduled`);
      const members = await m.find(NetworkMemberEntity, { where: { programId } });
      const strangers = dto.attendeeIds.filter((id) => !members.some((x) => x.personId === id));
      if (strangers.length) throw new ValidationProblem([{ field: 'attendeeIds', message: `not members of the network: ${strangers.join(', ')}` }]);
      await m.update(NetworkMeetingEntity, { programId, number }, { attendeeIds: dto.attendeeIds, minutes: dto.minutes, recordedBy: principal.personId, recordedAt: new Date() });
      await this.ctx.record(m, principal, programId, 'network.meeting_recorded', { number, attendees: dto.attendeeIds.length });
      return { number, startsAt: meeting.startsAt.toISOString(), attendeeIds: dto.attendeeIds, minutes: dto.minutes };
    });
  }

  addCommunicationItem(principal: Principal, programId: string, dto: CreateCommunicationItemDto) {
    return this.ctx.edit(programId, 'communicationPlan', async (m, { governance: g }) => {
      const errors: FieldError[] = [];
      if (!keysOf(g.communicationChannels).includes(dto.channel)) errors.push(unknown('channel', dto.channel, keysOf(g.communicationChannels)));
      if (!keysOf(g.communicationAudiences).includes(dto.audience)) errors.push(unknown('audience', dto.audience, keysOf(g.communicationAudiences)));
      if (errors.length) throw new ValidationProblem(errors);
      const item = { id: randomUUID(), programId, title: dto.title, channelKey: dto.channel, audienceKey: dto.audience, recurrence: dto.recurrence, dueOn: dto.dueOn };
      await m.insert(CommunicationItemEntity, item);
      await this.ctx.record(m, principal, programId, 'communication_item.added', { itemId: item.id, channel: dto.channel, audience: dto.audience });
      return item;
    });
  }

  async communicationPlan(programId: string) {
    await this.ctx.read(programId);
    return this.ctx.db.manager.find(CommunicationItemEntity, { where: { programId }, order: { dueOn: 'ASC', createdAt: 'ASC' } });
  }

  /**
   * Completes the current step when its data is complete: validation, the audit entry and the
   * step task's completion happen under the program's exclusive lock, so nothing changes in between.
   */
  async completeStep(principal: Principal, programId: string, stepKey: string) {
    const { command, answer, taskId } = await this.ctx.locked(programId, 'exclusive', async (m, program) => {
      if (program.status === 'closed') throw new ConflictException('The program is closed.');
      if (program.gateTaskId) throw new ConflictException("The phase is complete and waits for the steering group's gate decision.");
      if (program.stepKey !== stepKey || program.stepStatus !== 'open' || !program.stepTaskId) {
        throw new ConflictException(`Step '${stepKey}' is not the open step; the program is at ${program.stepKey ? `step '${program.stepKey}' (${program.stepStatus})` : `phase '${program.phaseKey}'`}. Steps complete in order.`);
      }
      const step = (await this.ctx.template(program, m)).phases.find((p) => p.key === program.phaseKey)?.steps.find((s) => s.key === stepKey);
      if (!step) throw new ConflictException(`Step '${stepKey}' is not a step of phase '${program.phaseKey}' in this program's template.`);
      const record = await m.findOneBy(ProgramStepRecordEntity, { programId, stepKey });
      const problems = stepProblems({ snapshot: await phaseSnapshot(m, program), step, record: record?.data ?? null });
      if (problems.length) {
        throw new ConflictException({ detail: problems.map((p) => p.message).join(' '), problems: problems.map((p) => p.message), ...Object.assign({}, ...problems.map((p) => p.details ?? {})) });
      }
      // Committed with the command that completes the step's task, delivered after the commit; the
      // step's data stays frozen from here (stepStatus 'completed'), so nothing changes in between.
      await m.update(ProgramEntity, { id: programId }, { stepStatus: 'completed' });
      await this.ctx.record(m, principal, programId, 'step.completed', { phaseKey: program.phaseKey, stepKey, taskId: program.stepTaskId });
      const recorded = await this.completion(m, program.stepTaskId, principal.personId, { completedStep: stepKey });
      return { command: recorded, answer: { programId, phaseKey: program.phaseKey, stepKey, status: 'completed' as const }, taskId: program.stepTaskId };
    });
    try {
      await asCommand(() => this.tasks.deliver(command));
    } catch (err) {
      // Refused by the workflow (the step's task has closed meanwhile): the step opens again for editing.
      if (err instanceof ConflictException) await this.ctx.db.manager.update(ProgramEntity, { id: programId, stepStatus: 'completed', stepTaskId: taskId }, { stepStatus: 'open' });
      throw err;
    }
    return answer;
  }

  /** The steering group's decision on the open gate: approve, return (with a comment) or stop. */
  async decideGate(principal: Principal, programId: string, dto: DecideGateDto) {
    const { command, answer } = await this.ctx.locked(programId, 'exclusive', async (m, program) => {
      // Only the decision maker the collaboration model names decides, holding the permission still; nobody else who holds it.
      if (!program.gateOwnerId || principal.personId !== program.gateOwnerId) {
        throw new ForbiddenException("Only the decision maker named in the program's collaboration model (gateOwnerId) decides its gate.");
      }
      if (!mayDecideGates(principal)) {
        throw new ForbiddenException('You are named the decision maker of this gate but no longer hold the gate.decide permission of the steering group.');
      }
      if (!program.gateTaskId) throw new ConflictException('No gate is waiting for a decision.');
      const phase = (await this.ctx.template(program, m)).phases.find((p) => p.key === program.phaseKey);
      const outcomes = phase ? gateOutcomesOf(phase) : [];
      const outcome = outcomes.find((o) => o.key === dto.decision);
      if (!outcome) throw new ValidationProblem([{ field: 'decision', message: `'${dto.decision}' is not one of this decision point's outcomes: ${outcomes.map((o) => o.key).join(', ')}` }]);
      if (outcome.commentRequired && !dto.comment) {
        throw new ValidationProblem([{ field: 'comment', message: dto.decision === 'return' ? 'a returned phase needs a comment saying what to change' : `the outcome '${dto.decision}' needs a comment saying what to change or why` }]);
      }
      const gate = await m.findOne(TaskEntity, { select: { id: true, answer: true, pendingCommandId: true }, where: { id: program.gateTaskId } });
      if (gate?.answer || gate?.pendingCommandId) throw new ConflictException('This gate has already been decided; the program moves on.');
      await this.ctx.record(m, principal, programId, 'gate.decided', { phaseKey: program.phaseKey, decision: dto.decision, taskId: program.gateTaskId, commented: Boolean(dto.comment) });
      // The decision travels with the completion (the workflow never reads it back); the comment stays here.
      const recorded = await this.completion(m, program.gateTaskId, principal.personId, { decision: dto.decision, ...(dto.comment ? { comment: dto.comment } : {}) }, dto.decision);
      return { command: recorded, answer: { programId, phaseKey: program.phaseKey, decision: dto.decision } };
    });
    await asCommand(() => this.tasks.deliver(command));
    return answer;
  }

  /** Records, in the command's transaction, the completion of a program task with its answer (committed first) and decision. */
  private async completion(m: EntityManager, taskId: string, actorId: string, answer: NonNullable<TaskEntity['answer']>, outcome?: string): Promise<RecordedCommand> {
    const commandId = randomUUID();
    await m.update(TaskEntity, { id: taskId }, { pendingAnswer: answer, pendingCommandId: commandId });
    return this.commands.record(m, [this.tasks.completeStep(taskId, { actorId, answerCommandId: commandId, ...(outcome ? { outcome } : {}) })], commandId);
  }

  private async session(m: EntityManager, programId: string, sessionId: string): Promise<GatheringSessionEntity> {
    const session = await m.findOneBy(GatheringSessionEntity, { id: sessionId, programId });
    if (!session) throw new NotFoundException(`Session ${sessionId} not found in this program`);
    return session;
  }

  private needErrors(g: Governance, categoryKey: string | undefined, questionKey: string | undefined, prefix: string): FieldError[] {
    const errors: FieldError[] = [];
    const categories = keysOf(g.needCategories);
    if (categoryKey && !categories.includes(categoryKey)) errors.push(unknown(`${prefix}category${prefix ? '' : 'Key'}`, categoryKey, categories));
    const questions = g.questions.flatMap((q) => [q.key, ...q.subQuestions.map((s) => s.key)]);
    if (questionKey && !questions.includes(questionKey)) errors.push(unknown(`${prefix}question${prefix ? '' : 'Key'}`, questionKey, questions));
    return errors;
  }
}
