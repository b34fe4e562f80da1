import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { CohortSettings, StoredCohortLists } from '@gov/domain';
import { ProgramEntity } from './program.entity.js';
import { PersonEntity } from './person.entity.js';

/**
 * A cohort: the cohort settings it runs with (from its program's template) and its dates. Cohorts
 * stored before templates declared their lists hold `listOrder` instead of `lists` (read both with
 * `cohortLists`), and knowledge levels without plan factors.
 */
@Entity({ name: 'cohorts' })
@Unique('UQ_cohorts_workflow', ['workflowId'])
export class CohortEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => ProgramEntity)
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_cohorts_program' })
  program?: ProgramEntity;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'jsonb' }) settings: StoredCohortSettings;
  @Column({ name: 'info_meeting_at', type: 'timestamptz' }) infoMeetingAt: Date;
  @Column({ name: 'interest_closes_at', type: 'timestamptz' }) interestClosesAt: Date;
  @Column({ name: 'workflow_id', type: 'varchar', length: 255 }) workflowId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** What a cohort stores of its template's settings (see `CohortEntity`). */
export type StoredCohortSettings = Omit<CohortSettings, 'lists'> & StoredCohortLists & { lists?: CohortSettings['lists'] };

/** The statuses a person has in a cohort beside the lists. */
export const COHORT_MEMBER_STATUSES = ['attendee', 'registered', 'admitted', 'withdrawn', 'not-suitable'] as const;
/** One of COHORT_MEMBER_STATUSES, or the key of the list of the cohort's template the person is on (Fast Track: waiting, active-interest, passive-interest). */
export type CohortMemberStatus = (typeof COHORT_MEMBER_STATUSES)[number] | (string & {});

/**
 * Where a person stands in a cohort (read model; the cohort workflow owns places and offers): a
 * status, or the key of the list they are on — any of the lists its template declares, so the
 * check asks only for a template key's form (the statuses have it too; the API admits only the
 * cohort's own list keys, and templates cannot name a list after a status).
 */
@Entity({ name: 'cohort_members' })
@Index('idx_cohort_members_status', ['cohortId', 'status'])
@Check('CHK_cohort_members_status', `"status" ~ '^[a-z][a-z0-9-]{1,62}$'`)
export class CohortMemberEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => CohortEntity)
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'FK_cohort_members_cohort' })
  cohort?: CohortEntity;
  @PrimaryColumn({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'attended_info_meeting', type: 'boolean', default: false }) attendedInfoMeeting: boolean;
  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true }) registeredAt: Date | null;
  @Column({ type: 'varchar', length: 63 }) status: CohortMemberStatus;
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

export const COHORT_EVENT_KINDS = ['conference-visit', 'study-visit', 'guest-lecture'] as const;
export type CohortEventKind = (typeof COHORT_EVENT_KINDS)[number];

/** An event beside the modules: a conference or study visit, a guest lecture. */
@Entity({ name: 'cohort_events' })
@Index('idx_cohort_events_cohort', ['cohortId', 'heldOn'])
@Check('CHK_cohort_events_kind', `"kind" IN ('conference-visit', 'study-visit', 'guest-lecture')`)
export class CohortEventEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => CohortEntity)
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'FK_cohort_events_cohort' })
  cohort?: CohortEntity;
  @Column({ type: 'varchar', length: 30 }) kind: CohortEventKind;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Who attended an event. */
@Entity({ name: 'cohort_event_attendance' })
export class CohortEventAttendanceEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'PK_cohort_event_attendance' }) eventId: string;
  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'PK_cohort_event_attendance' }) personId: string;
  @ManyToOne(() => CohortEventEntity)
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_cohort_event_attendance_event' })
  event?: CohortEventEntity;
  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_cohort_event_attendance_person' })
  person?: PersonEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
