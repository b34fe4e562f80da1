import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StepRecordData } from '@gov/domain';

/** A template version the project office registered: immutable once stored. */
@Entity({ name: 'program_templates' })
export class ProgramTemplateEntity {
  @PrimaryColumn({ type: 'varchar', length: 63 }) key: string;
  @PrimaryColumn({ type: 'integer' }) version: number;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  /** The template as registered (validated; defaults are applied when it is read). */
  @Column({ type: 'jsonb' }) body: unknown;
  @Column({ name: 'registered_by', type: 'uuid', nullable: true }) registeredBy: string | null;
  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' }) registeredAt: Date;
}

/** What the project office recorded in a program's generic step (form answers, ticked items, document versions). */
@Entity({ name: 'program_step_records' })
export class ProgramStepRecordEntity {
  @PrimaryColumn({ name: 'program_id', type: 'uuid' }) programId: string;
  @PrimaryColumn({ name: 'step_key', type: 'varchar', length: 63 }) stepKey: string;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'jsonb' }) data: StepRecordData;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
