import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { parse as parseCsv } from 'csv-parse/sync';
import { matchLabel, normalizeLabel, suggestLabels, type Labelled } from '@gov/domain';
import { GatheringSessionEntity, NeedEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import { stockholmDateTime } from '../documents/format.js';
import type { ImportNeedsFileDto } from './phased.dto.js';
import type { ImportedSessionView, NeedsFileImportView, NeedsFilePreviewRowView, UnknownLabelView } from './phased.views.js';
import { keysOf, unknown } from './governance-lists.js';
import { MAX_IMPORT_ROWS } from './needs-gathering.service.js';
import { ProgramContext } from './program-context.js';

/** The columns of a gathering's file, with the Swedish headers a municipality may write instead. */
const COLUMNS: Record<string, 'text' | 'source' | 'group' | 'category' | 'question'> = {
  text: 'text',
  behov: 'text',
  source: 'source',
  kalla: 'source',
  group: 'group',
  grupp: 'group',
  category: 'category',
  kategori: 'category',
  question: 'question',
  fraga: 'question',
};
type Column = (typeof COLUMNS)[string];
type LabelColumn = 'source' | 'group' | 'category';
const MAX_LISTED_ERRORS = 50;
const MAX_MAPPED = 100;
const PREVIEW_ROWS = 50;
const MAX_LISTED_LINES = 20;
/** Unknown labels listed per column (a file of typos must not make a long answer or much work). */
const MAX_LISTED_LABELS = 100;

interface FileRow {
  line: number;
  text: string;
  source: string;
  group: string;
  category: string;
  question: string;
}

/**
 * A whole gathering's needs in one file (`text,source,group,category[,question]`): every row goes to
 * the session of its kind and participant group, matched or made; labels are keys or Swedish or
 * English names, and what the program does not know is listed (a dry run) or mapped by the request.
 * All rows or none; a dry run checks the same things and stores nothing.
 */
@Injectable()
export class NeedsFileImportService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

  importFile(principal: Principal, programId: string, dto: ImportNeedsFileDto, dryRun: boolean): Promise<NeedsFileImportView> {
    const rows = readFile(dto.csv);
    return this.ctx.edit(programId, 'needs', async (m, { governance: g }) => {
      const lists: Record<LabelColumn, { list: Labelled[]; mapped: Map<string, string>; field: string; noun: string }> = {
        source: { list: g.sessionKinds, mapped: mapped(dto.mapping?.sources, g.sessionKinds, 'mapping.sources'), field: 'sources', noun: 'session kind' },
        group: { list: g.participantGroups, mapped: mapped(dto.mapping?.groups, g.participantGroups, 'mapping.groups'), field: 'groups', noun: 'participant group' },
        category: { list: g.needCategories, mapped: mapped(dto.mapping?.categories, g.needCategories, 'mapping.categories'), field: 'categories', noun: 'need category' },
      };
      const resolve = (column: LabelColumn, label: string) => matchLabel(label, lists[column].list) ?? lists[column].mapped.get(normalizeLabel(label)) ?? null;

      const errors: FieldError[] = [];
      const questions = g.questions.flatMap((q) => [q.key, ...q.subQuestions.map((s) => s.key)]);
      const unknownLabels: Record<LabelColumn, Map<string, { label: string; lines: number[] }>> = { source: new Map(), group: new Map(), category: new Map() };
      const resolved = rows.map((r) => {
        const at = `line ${r.line}`;
        if (!r.text) errors.push({ field: `${at}.text`, message: 'required' });
        else if (r.text.length > 2000) errors.push({ field: `${at}.text`, message: 'at most 2000 characters' });
        if (!r.source) errors.push({ field: `${at}.source`, message: 'required: the session kind the need was gathered in' });
        if (!r.group) errors.push({ field: `${at}.group`, message: 'required: the participant group it came from' });
        if (r.question && !questions.includes(r.question)) errors.push(unknown(`${at}.question`, r.question, questions));
        const key = (column: LabelColumn) => {
          const label = r[column];
          if (!label) return null;
          const found = resolve(column, label);
          if (!found) {
            const seen = unknownLabels[column].get(normalizeLabel(label)) ?? { label, lines: [] };
            seen.lines.push(r.line);
            unknownLabels[column].set(normalizeLabel(label), seen);
          }
          return found;
        };
        return { line: r.line, text: r.text, kind: key('source'), group: key('group'), categoryKey: key('category'), questionKey: r.question || null };
      });
      if (errors.length) throw new ValidationProblem(capped(errors));

      const unknownView = (column: LabelColumn): UnknownLabelView[] =>
        [...unknownLabels[column].values()].slice(0, MAX_LISTED_LABELS).map((u) => ({ label: u.label, lines: u.lines.slice(0, MAX_LISTED_LINES), rows: u.lines.length, suggestions: suggestLabels(u.label, lists[column].list) }));
      const unknownLabelsView = { categories: unknownView('category'), sources: unknownView('source'), groups: unknownView('group') };
      const anyUnknown = (['source', 'group', 'category'] as const).some((c) => unknownLabels[c].size > 0);
      if (anyUnknown && !dryRun) {
        throw new ValidationProblem(
          capped(
            (['source', 'group', 'category'] as const).flatMap((c) =>
              [...unknownLabels[c].values()].map((u) => ({
                field: `line ${u.lines[0]}.${c}`,
                message: `'${u.label}' (on ${u.lines.length} row(s)) is not a ${lists[c].noun} of the program by key, Swedish or English name; map it in mapping.${lists[c].field} to one of: ${keysOf(lists[c].list).join(', ')}`,
              })),
            ),
          ),
        );
      }

      // One session per kind and group: an existing one of that kind with only that group, else a new one.
      const existing = await m.find(GatheringSessionEntity, { where: { programId }, order: { createdAt: 'ASC', id: 'ASC' } });
      const plans = new Map<string, ImportedSessionView>();
      for (const r of resolved) {
        if (!r.kind || !r.group) continue;
        const id = `${r.kind}/${r.group}`;
        let plan = plans.get(id);
        if (!plan) {
          const match = existing.find((s) => s.kind === r.kind && s.participantGroups.length === 1 && s.participantGroups[0] === r.group);
          const name = (list: Labelled[], key: string) => list.find((i) => i.key === key)!.name.sv;
          plan = match
            ? { kind: r.kind, group: r.group, action: 'matched', sessionId: match.id, title: match.title, needs: 0 }
            : { kind: r.kind, group: r.group, action: 'created', sessionId: null, title: `${name(g.sessionKinds, r.kind)} – ${name(g.participantGroups, r.group)}`.slice(0, 200), needs: 0 };
          plans.set(id, plan);
        }
        plan.needs++;
      }
      const sessions = [...plans.values()];
      const categorized = resolved.filter((r) => r.categoryKey).length;
      if (dryRun) {
        const preview: NeedsFilePreviewRowView[] = resolved.slice(0, PREVIEW_ROWS);
        return { dryRun: true, rows: rows.length, imported: 0, categorized, sessions, unknown: unknownLabelsView, preview };
      }

      const heldOn = dto.heldOn ?? stockholmDateTime(new Date()).date;
      for (const plan of sessions.filter((s) => s.action === 'created')) {
        plan.sessionId = randomUUID();
        await m.insert(GatheringSessionEntity, { id: plan.sessionId, programId, kind: plan.kind, title: plan.title, heldOn, participantGroups: [plan.group], organizationId: null });
        await this.ctx.record(m, principal, programId, 'session.planned', { sessionId: plan.sessionId, kind: plan.kind });
      }
      const needs = resolved.map((r) => ({
        id: randomUUID(),
        programId,
        sessionId: plans.get(`${r.kind}/${r.group}`)!.sessionId!,
        text: r.text,
        categoryKey: r.categoryKey,
        questionKey: r.questionKey,
      }));
      for (let i = 0; i < needs.length; i += 500) await m.insert(NeedEntity, needs.slice(i, i + 500));
      for (const plan of sessions) {
        const mine = needs.filter((n) => n.sessionId === plan.sessionId);
        await this.ctx.record(m, principal, programId, 'needs.imported', { sessionId: plan.sessionId!, count: mine.length, categorized: mine.filter((n) => n.categoryKey).length });
      }
      return { dryRun: false, rows: rows.length, imported: needs.length, categorized, sessions, unknown: unknownLabelsView };
    });
  }
}

/** The file's rows with their line numbers, or a 400 when it is not a gathering file. */
function readFile(csv: string): FileRow[] {
  if (!csv.trim()) throw new ValidationProblem([{ field: 'csv', message: 'send the needs with a header row: text,source,group,category' }]);
  // PostgreSQL cannot store U+0000 (an insert would fail with a 500): refused like a NUL in any JSON body.
  if (csv.includes('\u0000')) throw new ValidationProblem([{ field: 'csv', message: 'the file must not contain a NUL character (U+0000)' }]);
  // A spreadsheet saved in Swedish separates with semicolons: the header line tells which.
  const headerLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(csv, { skip_empty_lines: true, trim: true, bom: true, max_record_size: 10_000, info: true, delimiter }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new ValidationProblem([{ field: line ? `line ${line}` : 'csv', message: `not readable as CSV: ${(err as Error).message}` }]);
  }
  if (records.length < 2) throw new ValidationProblem([{ field: 'csv', message: 'the file has no rows under its header' }]);
  if (records.length - 1 > MAX_IMPORT_ROWS) throw new ValidationProblem([{ field: 'csv', message: `at most ${MAX_IMPORT_ROWS} rows per import; the file has ${records.length - 1}` }]);
  const header = records[0].record.map((h) => COLUMNS[normalizeLabel(h)] as Column | undefined);
  const errors: FieldError[] = [];
  records[0].record.forEach((h, i) => {
    if (!header[i]) errors.push({ field: `line 1.column ${i + 1}`, message: `'${h.slice(0, 60)}' is not a column of a needs file: text, source, group, category, question` });
  });
  const twice = header.filter((c, i) => c && header.indexOf(c) !== i);
  if (twice.length) errors.push({ field: 'line 1', message: `a column appears twice: ${[...new Set(twice)].join(', ')}` });
  for (const required of ['text', 'source', 'group'] as const) if (!header.includes(required)) errors.push({ field: 'line 1', message: `the column ${required} is missing (columns: text, source, group, category, question)` });
  if (errors.length) throw new ValidationProblem(errors);
  return records.slice(1).map(({ record, info }) => {
    const row: FileRow = { line: info.lines, text: '', source: '', group: '', category: '', question: '' };
    header.forEach((c, i) => (row[c!] = record[i] ?? ''));
    return row;
  });
}

/** The request's mapping of labels to keys of the list, by normalized label; 400 for a key the list has not. */
function mapped(map: Record<string, string> | undefined, list: Labelled[], field: string): Map<string, string> {
  const result = new Map<string, string>();
  if (!map) return result;
  const entries = Object.entries(map);
  if (entries.length > MAX_MAPPED) throw new ValidationProblem([{ field, message: `at most ${MAX_MAPPED} labels` }]);
  const keys = keysOf(list);
  const errors: FieldError[] = [];
  for (const [label, key] of entries) {
    if (typeof key !== 'string' || !keys.includes(key)) errors.push(unknown(`${field}.${label.slice(0, 60)}`, String(key).slice(0, 60), keys));
    else if (label.length > 2000) errors.push({ field, message: 'a label has at most 2000 characters' });
    else result.set(normalizeLabel(label), key);
  }
  if (errors.length) throw new ValidationProblem(capped(errors));
  return result;
}

function capped(errors: FieldError[]): FieldError[] {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  if (errors.length > listed.length) listed.push({ field: 'csv', message: `… and ${errors.length - listed.length} more errors` });
  return listed;
}

