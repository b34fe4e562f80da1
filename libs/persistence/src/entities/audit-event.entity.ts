import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One business event: who did what to which program, from which workflow run. */
@Entity({ name: 'audit_events' })
@Index('idx_audit_events_program', ['programId', 'id'])
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
}
