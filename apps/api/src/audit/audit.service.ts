import { Transform, type Readable } from 'node:stream';
import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { DataSource } from 'typeorm';
import { AUDIT_COLUMNS, AuditLog, auditWhere, type AuditFilter } from '@gov/persistence';
import type { AuditExportQuery, AuditPageQuery, AuditQuery } from './audit.dto.js';

const CSV_COLUMNS = ['seq', 'id', 'occurredAt', 'type', 'actorKind', 'actorId', 'actorRole', 'programId', 'phaseKey', 'activityId', 'cohortId', 'subjectPersonId', 'organizationId', 'workflowId', 'runId', 'requestId', 'data', 'prevHash', 'hash'];

/** A listed or exported entry: timestamps in ISO form, the data as JSON. */
function entryOf(row: Record<string, unknown>): Record<string, unknown> {
  return { ...row, seq: String(row.seq), id: String(row.id), occurredAt: (row.occurredAt as Date).toISOString() };
}

@Injectable()
export class AuditService {
  constructor(
    @Inject(AuditLog) private readonly log: AuditLog,
    @Inject(DataSource) private readonly db: DataSource,
  ) {}

  filter(q: AuditQuery): AuditFilter {
    const filter: AuditFilter = {
      programId: q.programId,
      phaseKey: q.phase,
      activityId: q.activityId,
      cohortId: q.cohortId,
      personId: q.personId,
      organizationId: q.organizationId,
      type: q.type,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
    };
    if (filter.from && filter.to && filter.from >= filter.to) throw new BadRequestException({ detail: 'from must be before to', errors: [{ field: 'to', message: 'must be after from' }] });
    return filter;
  }

  /** Newest first; `nextCursor` fetches the page after (null at the end). */
  async page(q: AuditPageQuery) {
    const limit = q.limit ?? 50;
    const rows = await this.log.page(this.filter(q), limit + 1, q.before);
    const items = rows.slice(0, limit).map(entryOf);
    return { items, nextCursor: rows.length > limit ? String(items[items.length - 1].seq) : null };
  }

  verify() {
    return this.log.verify();
  }

  /**
   * Streams the matching entries in chain order straight from a PostgreSQL cursor (memory stays
   * flat at any volume), as JSON Lines or CSV. The file opens with the chain head at export time
   * (JSON Lines: a `chain` line; CSV: a first row of type `#chain-head`), so it can be checked later.
   */
  async export(q: AuditExportQuery): Promise<{ stream: Readable; contentType: string; filename: string; head: { seq: string; hash: string } | null }> {
    const { sql, params } = auditWhere(this.filter(q));
    const head = await this.log.head();
    const runner = this.db.createQueryRunner();
    await runner.connect();
    let rows: Readable;
    try {
      // Only entries up to the head read above: a consistent file even while the trail grows.
      const bounded = head ? `${sql} AND e.seq <= $${params.push(head.seq)}` : sql;
      rows = await runner.stream(`SELECT ${AUDIT_COLUMNS} FROM audit_events e WHERE ${bounded} ORDER BY e.seq`, params);
    } catch (err) {
      await runner.release();
      throw err;
    }
    const release = () => void runner.release().catch(() => undefined);
    rows.once('end', release).once('error', release).once('close', release);
    const format = q.format ?? 'jsonl';
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    if (format === 'csv') {
      const csv = stringify({ header: true, columns: CSV_COLUMNS });
      csv.write({ seq: head?.seq ?? '0', type: '#chain-head', hash: head?.hash ?? '', occurredAt: new Date().toISOString() });
      const out = rows.pipe(
        new Transform({
          objectMode: true,
          transform(row: Record<string, unknown>, _enc, done) {
            const e = entryOf(row);
            done(null, { ...e, data: JSON.stringify(e.data) });
          },
        }),
      );
      out.pipe(csv);
      rows.once('error', (err) => csv.destroy(err));
      return { stream: csv, contentType: 'text/csv; charset=utf-8', filename: `audit-${stamp}.csv`, head };
    }
    let first = true;
    const jsonl = new Transform({
      writableObjectMode: true,
      transform(row: Record<string, unknown>, _enc, done) {
        const prefix = first ? `${JSON.stringify({ chain: { headSeq: head?.seq ?? '0', headHash: head?.hash ?? null, exportedAt: new Date().toISOString() } })}\n` : '';
        first = false;
        done(null, `${prefix}${JSON.stringify(entryOf(row))}\n`);
      },
      flush(done) {
        done(null, first ? `${JSON.stringify({ chain: { headSeq: head?.seq ?? '0', headHash: head?.hash ?? null, exportedAt: new Date().toISOString() } })}\n` : '');
      },
    });
    rows.once('error', (err) => jsonl.destroy(err));
    return { stream: rows.pipe(jsonl), contentType: 'application/jsonl; charset=utf-8', filename: `audit-${stamp}.jsonl`, head };
  }
}
