import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { parse as parseCsv } from 'csv-parse/sync';
import { In, type EntityManager } from 'typeorm';
import { EffectGoalIndicatorEntity, IndicatorValueEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { knownPersons, shownPerson } from '../auth/read-scope.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import { ProgramContext } from '../phased/program-context.js';
import { MAX_DECIMALS, MAX_MAGNITUDE, MAX_YEAR, MIN_YEAR } from './indicators.dto.js';

/** The most rows one CSV import takes (nine goals × a few indicators × decades is far less). */
export const MAX_IMPORT_ROWS = 5_000;
/** Row errors listed in a refusal; the rest are counted. */
const MAX_LISTED_ERRORS = 49;
const CSV_COLUMNS = ['indicator', 'year', 'value'];
/** A decimal number as a CSV cell holds it: digits, an optional point (or Swedish comma) and decimals. */
const DECIMAL = new RegExp(`^-?\\d{1,10}(?:[.,]\\d{1,${MAX_DECIMALS}})?$`);
const YEAR = /^\d{4}$/;

interface ValueToWrite {
  indicator: EffectGoalIndicatorEntity;
  year: number;
  value: number;
}

/** Records indicators' measured values per year: one by one or imported from CSV, all rows or none. */
@Injectable()
export class IndicatorValuesService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

  /** The project office, or the indicator's owner, records a year's value; a value already there is replaced. */
  record(principal: Principal, programId: string, indicatorId: string, year: number, value: number) {
    return this.ctx.locked(programId, 'share', async (m) => {
      const indicator = await m.findOne(EffectGoalIndicatorEntity, { where: { id: indicatorId, programId }, lock: { mode: 'pessimistic_write' } });
      if (!indicator) throw new NotFoundException(`Indicator ${indicatorId} not found in program ${programId}`);
      if (principal.role !== 'project_office' && indicator.ownerId !== principal.personId) {
        throw new ForbiddenException("Only the project office or the indicator's owner records its values.");
      }
      const [{ replaced }] = await this.write(m, principal, [{ indicator, year, value }]);
      await this.ctx.record(m, principal, programId, 'indicator.value-recorded', { indicatorId, key: indicator.key, year, value: String(value), replaced: replaced === null ? null : String(replaced) });
      const row = await m.findOneByOrFail(IndicatorValueEntity, { indicatorId, year });
      const known = await knownPersons(m, principal, [row.recordedBy]);
      return { indicatorId, year, value: Number(row.value), recordedBy: shownPerson(known, row.recordedBy), recordedAt: row.recordedAt.toISOString(), replaced };
    });
  }

  /**
   * Imports values from CSV with the header `indicator,year,value` (the indicator by its key):
   * every row is checked first, and a file with any bad row is refused whole, its errors listed by
   * row; nothing is stored then. Answers how many years were new and how many replaced.
   */
  import(principal: Principal, programId: string, csv: unknown) {
    const records = this.parse(csv);
    return this.ctx.locked(programId, 'share', async (m) => {
      const keys = [...new Set(records.map((r) => r.indicator).filter(Boolean))];
      // Locked in one order, so two imports over the same indicators wait for each other instead of deadlocking.
      const indicators = keys.length
        ? await m.find(EffectGoalIndicatorEntity, { where: { programId, key: In(keys) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } })
        : [];
      const byKey = new Map(indicators.map((i) => [i.key, i]));
      const errors: FieldError[] = [];
      const seen = new Map<string, number>();
      const values: ValueToWrite[] = [];
      records.forEach((r, i) => {
        const row = `row ${i + 2}`; // the header is row 1
        const indicator = r.indicator ? byKey.get(r.indicator) : undefined;
        if (!r.indicator) errors.push({ field: `${row}.indicator`, message: 'required' });
        else if (!indicator) errors.push({ field: `${row}.indicator`, message: `'${r.indicator.slice(0, 80)}' is not the key of one of the program's indicators` });
        const year = YEAR.test(r.year ?? '') ? Number(r.year) : NaN;
        if (!r.year) errors.push({ field: `${row}.year`, message: 'required' });
        else if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) errors.push({ field: `${row}.year`, message: `a year from ${MIN_YEAR} to ${MAX_YEAR}` });
        const value = DECIMAL.test(r.value ?? '') ? Number(r.value.replace(',', '.')) : NaN;
        if (!r.value) errors.push({ field: `${row}.value`, message: 'required' });
        else if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) errors.push({ field: `${row}.value`, message: `a number from ${-MAX_MAGNITUDE} to ${MAX_MAGNITUDE} with at most ${MAX_DECIMALS} decimals` });
        if (indicator && Number.isInteger(year)) {
          const first = seen.get(`${indicator.id}/${year}`);
          if (first !== undefined) errors.push({ field: `${row}.year`, message: `${r.indicator} ${year} is already in row ${first}` });
          else seen.set(`${indicator.id}/${year}`, i + 2);
        }
        if (indicator && Number.isFinite(value) && !errors.some((e) => e.field.startsWith(`${row}.`))) values.push({ indicator, year, value });
      });
      if (errors.length) {
        const listed = errors.slice(0, MAX_LISTED_ERRORS);
        if (errors.length > listed.length) listed.push({ field: '(body)', message: `… and ${errors.length - listed.length} more errors` });
        throw new ValidationProblem(listed);
      }
      const written = await this.write(m, principal, values);
      const replaced = written.filter((w) => w.replaced !== null);
      // The replaced values stay in the audit trail, each with the value it replaced.
      for (const w of replaced) {
        await this.ctx.record(m, principal, programId, 'indicator.value-recorded', { indicatorId: w.indicator.id, key: w.indicator.key, year: w.year, value: String(w.value), replaced: String(w.replaced) });
      }
      await this.ctx.record(m, principal, programId, 'indicator.values-imported', { rows: records.length, created: written.length - replaced.length, replaced: replaced.length });
      return { rows: records.length, created: written.length - replaced.length, replaced: replaced.length };
    });
  }

  /** The file's rows, or a 400 for a file that is not a CSV of the expected columns and size. */
  private parse(csv: unknown): Record<string, string>[] {
    if (typeof csv !== 'string' || !csv.trim()) throw new ValidationProblem([{ field: '(body)', message: 'send the values as text/csv with a header row: indicator,year,value' }]);
    // PostgreSQL cannot store U+0000: refused like a NUL in any JSON body.
    if (csv.includes('\u0000')) throw new ValidationProblem([{ field: '(body)', message: 'the file must not contain a NUL character (U+0000)' }]);
    let records: Record<string, string>[];
    try {
      records = parseCsv(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, max_record_size: 1_000, to_line: MAX_IMPORT_ROWS + 2 });
    } catch (err) {
      throw new ValidationProblem([{ field: '(body)', message: `not readable as CSV: ${(err as Error).message}` }]);
    }
    if (!records.length) throw new ValidationProblem([{ field: '(body)', message: 'the file has no rows under its header' }]);
    const columns = Object.keys(records[0]);
    if (columns.length !== CSV_COLUMNS.length || !CSV_COLUMNS.every((c) => columns.includes(c))) {
      throw new ValidationProblem([{ field: 'header', message: `columns must be indicator, year and value; found: ${columns.join(', ')}` }]);
    }
    if (records.length > MAX_IMPORT_ROWS) throw new ValidationProblem([{ field: '(body)', message: `at most ${MAX_IMPORT_ROWS} rows per import` }]);
    return records;
  }

  /** Writes the values (their indicators locked by the caller), answering each with the value it replaced. */
  private async write(m: EntityManager, principal: Principal, values: ValueToWrite[]) {
    const existing = new Map<string, string>();
    const ids = [...new Set(values.map((v) => v.indicator.id))];
    if (ids.length) {
      for (const row of await m.find(IndicatorValueEntity, { where: { indicatorId: In(ids) } })) existing.set(`${row.indicatorId}/${row.year}`, row.value);
    }
    const now = new Date();
    const rows = values.map((v) => ({ indicatorId: v.indicator.id, year: v.year, value: String(v.value), recordedBy: principal.personId, recordedAt: now }));
    for (let i = 0; i < rows.length; i += 500) {
      await m.createQueryBuilder().insert().into(IndicatorValueEntity).values(rows.slice(i, i + 500)).orUpdate(['value', 'recorded_by', 'recorded_at'], ['indicator_id', 'year']).execute();
    }
    return values.map((v) => {
      const before = existing.get(`${v.indicator.id}/${v.year}`);
      return { ...v, replaced: before === undefined ? null : Number(before) };
    });
  }
}
