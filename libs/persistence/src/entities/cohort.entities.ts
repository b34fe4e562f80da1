import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { CohortSettings } from '@gov/domain';
import { ProgramEntity } from './program.entity.js';

/** A Fast Track cohort: the cohort settings it runs with (from its program's template) and its dates. */
@Entity({ name: 'cohorts' })
@Unique('UQ_cohorts_workflow', ['workflowId'])
export class CohortEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => ProgramEntity)
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_cohorts_program' })
  program?: ProgramEntity;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'jsonb' }) settings: CohortSettings;
  @Column({ name: 'info_meeting_at', type: 'timestamptz' }) infoMeetingAt: Date;
  @Column({ name: 'interest_closes_at', type: 'timestamptz' }) interestClosesAt: Date;
  @Column({ name: 'workflow_id', type: 'varchar', length: 255 }) workflowId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export type CohortMemberStatus = 'attendee' | 'registered' | 'admitted' | 'waiting' | 'active-interest' | 'passive-interest' | 'withdrawn';

/** Where a person stands in a cohort (read model; the cohort workflow owns places and offers). */
@Entity({ name: 'cohort_members' })
@Index('idx_cohort_members_status', ['cohortId', 'status'])
@Check('CHK_cohort_members_status', `"status" IN ('attendee', 'registered', 'admitted', 'waiting', 'active-interest', 'passive-interest', 'withdrawn')`)
export class CohortMemberEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => CohortEntity)
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'FK_cohort_members_cohort' })
  cohort?: CohortEntity;
  @PrimaryColumn({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'attended_info_meeting', type: 'boolean', default: false }) attendedInfoMeeting: boolean;
  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true }) registeredAt: Date | null;
  @Column({ type: 'varchar', length: 20 }) status: CohortMemberStatus;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A focus-group evaluation (the city's independent focus groups in the seed). */
@Entity({ name: 'cohort_evaluations' })
@Index('idx_cohort_evaluations_cohort', ['cohortId', 'heldOn'])
export class CohortEvaluationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => CohortEntity)
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'FK_cohort_evaluations_cohort' })
  cohort?: CohortEntity;
  @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Column({ name: 'group_name', type: 'varchar', length: 200 }) groupName: string;
  @Column({ type: 'text' }) findings: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
