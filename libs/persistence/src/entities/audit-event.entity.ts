import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One business event: who did what to which program, phase, activity, cohort or person, from which
 * workflow run or request. Append-only and hash-chained by the database (see the audit-chain
 * migration): `seq`, `prevHash`, `hash` and the millisecond `occurredAt` are set by its trigger.
 */
@Entity({ name: 'audit_events' })
@Index('idx_audit_events_program', ['programId', 'seq'])
@Index('idx_audit_events_type', ['type', 'seq'])
@Index('idx_audit_events_actor', ['actorId', 'seq'])
@Index('idx_audit_events_activity', ['activityId', 'seq'])
@Index('idx_audit_events_cohort', ['cohortId', 'seq'])
@Index('idx_audit_events_subject_person', ['subjectPersonId', 'seq'])
@Index('idx_audit_events_organization', ['organizationId', 'seq'])
@Index('idx_audit_events_occurred', ['occurredAt'])
@Unique('UQ_audit_events_seq', ['seq'])
export class AuditEventEntity {
  // bigint comes back from pg as a string: ordering is exact beyond 2^53.
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 100 })
  type: string;

  @Column({ name: 'actor_kind', type: 'varchar', length: 20 })
  actorKind: 'person' | 'system';

  @Column({ name: 'actor_id', type: 'varchar', length: 100, nullable: true })
  actorId: string | null;

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Column({ name: 'workflow_id', type: 'varchar', length: 255, nullable: true })
  workflowId: string | null;

  @Column({ name: 'run_id', type: 'varchar', length: 64, nullable: true })
  runId: string | null;

  /** Stable across activity retries, so a retried write records the event once. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 400, nullable: true, unique: true })
  dedupeKey: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  /** Position in the chain: 1, 2, 3 … without gaps. */
  @Column({ type: 'bigint' })
  seq: string;

  @Column({ name: 'prev_hash', type: 'character', length: 64 })
  prevHash: string;

  /** SHA-256 over the entry's content and `prevHash` (hex). */
  @Column({ type: 'character', length: 64 })
  hash: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 20, nullable: true })
  actorRole: string | null;

  /** The HTTP request that caused it, for commands. */
  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @Column({ name: 'phase_key', type: 'varchar', length: 63, nullable: true })
  phaseKey: string | null;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId: string | null;

  /** The person the entry is about (an assignee, a member, a participant), by pseudonymous id. */
  @Column({ name: 'subject_person_id', type: 'uuid', nullable: true })
  subjectPersonId: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;
}
