import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { parse as parseCsv } from 'csv-parse/sync';
import { In, IsNull, type EntityManager } from 'typeorm';
import { effectiveGovernance, TemplateValidationError, type Governance } from '@gov/domain';
import { GatheringSessionEntity, NeedEntity, OrganizationEntity, ProgramEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type { CategorizeNeedsDto, CreateNeedDto, CreateSessionDto, NeedsQuery, SetQuestionsDto } from './phased.dto.js';
import { keysOf, unknown } from './governance-lists.js';
import { ProgramContext } from './program-context.js';

/** The most rows one CSV import takes (the seed gathered 450). */
export const MAX_IMPORT_ROWS = 10_000;
const CSV_COLUMNS = ['text', 'category', 'question'];
const MAX_LISTED_ERRORS = 50;

/** Rows a dry run shows back. */
const PREVIEW_ROWS = 50;

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

/** Phase I's needs gathering: the question set, the sessions, their needs (one by one or imported from CSV), their categories and statistics. */
@Injectable()
export class NeedsGatheringService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

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
