import { UUID_PATTERN } from '@gov/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';

export type NewAuditEvent = Pick<AuditEventEntity, 'type' | 'actorKind' | 'actorId' | 'programId' | 'workflowId' | 'runId' | 'dedupeKey' | 'data'> &
  Partial<Pick<AuditEventEntity, 'actorRole' | 'requestId' | 'phaseKey' | 'activityId' | 'cohortId' | 'subjectPersonId' | 'organizationId'>>;

const uuidOrNull = (v: unknown): string | null => (typeof v === 'string' && UUID_PATTERN.test(v) ? v : null);

/** The subjects an entry concerns, taken from its data when the writer did not name them. */
export function auditSubjects(event: NewAuditEvent): NewAuditEvent {
  const d = event.data ?? {};
  return {
    ...event,
    phaseKey: event.phaseKey ?? (typeof d.phaseKey === 'string' ? d.phaseKey : null),
    activityId: event.activityId ?? uuidOrNull(d.activityId),
    cohortId: event.cohortId ?? uuidOrNull(d.cohortId),
    subjectPersonId: event.subjectPersonId ?? uuidOrNull(d.personId ?? d.assigneeId ?? d.recipientId ?? d.to),
    organizationId: event.organizationId ?? uuidOrNull(d.organizationId),
  };
}

@Injectable()
export class AuditEventRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Appends an event; a second append with the same dedupe key is a no-op. Returns whether a row was written. */
  async append(event: NewAuditEvent, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(auditSubjects(event) as QueryDeepPartialEntity<AuditEventEntity>)
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  forProgram(programId: string): Promise<AuditEventEntity[]> {
    return this.dataSource.getRepository(AuditEventEntity).find({ where: { programId }, order: { id: 'ASC' } });
  }
}

/** A filter over the audit trail; every field narrows it. */
export interface AuditFilter {
  programId?: string;
  phaseKey?: string;
  activityId?: string;
  cohortId?: string;
  /** As actor or as the person the entry is about. */
  personId?: string;
  organizationId?: string;
  /** An event type, or a prefix ending in `*` (e.g. `task.*`). */
  type?: string;
  from?: Date;
  to?: Date;
}

export interface ChainVerification {
  valid: boolean;
  entries: number;
  head: { seq: string; hash: string } | null;
  firstBroken: { seq: string; id: string; reason: 'content-changed' | 'link-broken' | 'gap' } | null;
}

/** WHERE clause and parameters for a filter (`e` is the audit_events alias). */
export function auditWhere(filter: AuditFilter, params: unknown[] = []): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.programId) add('e.program_id = ?', filter.programId);
  if (filter.phaseKey) add('e.phase_key = ?', filter.phaseKey);
  if (filter.activityId) add('e.activity_id = ?', filter.activityId);
  if (filter.cohortId) add('e.cohort_id = ?', filter.cohortId);
  if (filter.organizationId) add('e.organization_id = ?', filter.organizationId);
  if (filter.personId) {
    params.push(filter.personId);
    clauses.push(`(e.actor_id = $${params.length} OR e.subject_person_id = $${params.length}::uuid)`);
  }
  if (filter.type) {
    if (filter.type.endsWith('*')) add(`e.type LIKE ?`, `${filter.type.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    else add('e.type = ?', filter.type);
  }
  if (filter.from) add('e.occurred_at >= ?', filter.from);
  if (filter.to) add('e.occurred_at < ?', filter.to);
  return { sql: clauses.length ? clauses.join(' AND ') : 'TRUE', params };
}

/** Column list of an exported or listed entry, in chain order of the hashed fields. */
export const AUDIT_COLUMNS = `e.id, e.seq, e.occurred_at AS "occurredAt", e.type, e.actor_kind AS "actorKind", e.actor_id AS "actorId", e.actor_role AS "actorRole",
  e.program_id AS "programId", e.phase_key AS "phaseKey", e.activity_id AS "activityId", e.cohort_id AS "cohortId",
  e.subject_person_id AS "subjectPersonId", e.organization_id AS "organizationId", e.workflow_id AS "workflowId", e.run_id AS "runId",
  e.request_id AS "requestId", e.data, e.prev_hash AS "prevHash", e.hash`;

/** Reads and checks the audit trail. */
@Injectable()
export class AuditLog {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Newest first, `before` a sequence number (the cursor). */
  async page(filter: AuditFilter, limit: number, before?: string): Promise<Record<string, unknown>[]> {
    const { sql, params } = auditWhere(filter);
    const cursor = before ? ` AND e.seq < $${params.push(before)}` : '';
    return this.dataSource.query(`SELECT ${AUDIT_COLUMNS} FROM audit_events e WHERE ${sql}${cursor} ORDER BY e.seq DESC LIMIT $${params.push(limit)}`, params);
  }

  async head(): Promise<{ seq: string; hash: string } | null> {
    const [row] = await this.dataSource.query(`SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1`);
    return row ? { seq: String(row.seq), hash: row.hash } : null;
  }

  /**
   * Walks the whole chain inside PostgreSQL: each entry's hash must match its content, its
   * prev_hash the previous entry's hash, and the sequence must have no gaps.
   */
  async verify(): Promise<ChainVerification> {
    const [broken] = await this.dataSource.query(`
      SELECT id, seq, CASE
          WHEN seq <> coalesce(prev_seq, 0) + 1 THEN 'gap'
          WHEN prev_hash <> coalesce(expected_prev, repeat('0', 64)) THEN 'link-broken'
          ELSE 'content-changed' END AS reason
        FROM (SELECT e.id, e.seq, e.hash, e.prev_hash, audit_entry_hash(e) AS computed,
                     lag(e.hash) OVER (ORDER BY e.seq) AS expected_prev, lag(e.seq) OVER (ORDER BY e.seq) AS prev_seq
                FROM audit_events e) t
       WHERE computed <> hash OR prev_hash <> coalesce(expected_prev, repeat('0', 64)) OR seq <> coalesce(prev_seq, 0) + 1
       ORDER BY seq LIMIT 1`);
    const [{ n }] = await this.dataSource.query(`SELECT count(*) AS n FROM audit_events`);
    return {
      valid: !broken,
      entries: Number(n),
      head: await this.head(),
      firstBroken: broken ? { seq: String(broken.seq), id: String(broken.id), reason: broken.reason } : null,
    };
  }
}
