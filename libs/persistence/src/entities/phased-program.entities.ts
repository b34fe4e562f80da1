import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ProgramEntity } from './program.entity.js';
import type { ActivityStatus, EvaluationDecision } from '@gov/domain';

/** A many-to-one foreign key with the constraint name the migration gives it. */
function References(target: () => abstract new () => unknown, column: string, constraint: string): PropertyDecorator {
  return (prototype, property) => {
    ManyToOne(target as () => new () => unknown, { nullable: true })(prototype, property);
    JoinColumn({ name: column, foreignKeyConstraintName: constraint })(prototype, property);
  };
}

/** A workshop, interview or conversation where needs were gathered. */
@Entity({ name: 'gathering_sessions' })
@Index('idx_gathering_sessions_program', ['programId', 'heldOn'])
export class GatheringSessionEntity {
  @References(() => ProgramEntity, 'program_id', 'FK_gathering_sessions_program') program?: ProgramEntity;
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ type: 'varchar', length: 63 }) kind: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Column({ name: 'participant_groups', type: 'text', array: true }) participantGroups: string[];
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One need, as said in a session; categorized during the categorization step. */
@Entity({ name: 'needs' })
@Index('idx_needs_program_category', ['programId', 'categoryKey'])
@Index('idx_needs_session', ['sessionId'])
export class NeedEntity {
  @References(() => ProgramEntity, 'program_id', 'FK_needs_program') program?: ProgramEntity;
  @References(() => GatheringSessionEntity, 'session_id', 'FK_needs_session') session?: GatheringSessionEntity;
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @Column({ type: 'varchar', length: 2000 }) text: string;
  @Column({ name: 'question_key', type: 'varchar', length: 63, nullable: true }) questionKey: string | null;
  @Column({ name: 'category_key', type: 'varchar', length: 63, nullable: true }) categoryKey: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'focus_areas' })
export class FocusAreaEntity {
  @References(() => ProgramEntity, 'program_id', 'FK_focus_areas_program') program?: ProgramEntity;
  @PrimaryColumn({ name: 'program_id', type: 'uuid' }) programId: string;
  @PrimaryColumn({ type: 'varchar', length: 63 }) key: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ name: 'name_sv', type: 'varchar', length: 200 }) nameSv: string;
  @Column({ name: 'name_en', type: 'varchar', length: 200 }) nameEn: string;
  @Column({ name: 'category_keys', type: 'text', array: true }) categoryKeys: string[];
}

/** A body (e.g. Hållbarhetsarenan) in a role of the collaboration model. */
@Entity({ name: 'collaboration_bodies' })
export class CollaborationBodyEntity {
  @References(() => ProgramEntity, 'program_id', 'FK_collaboration_bodies_program') program?: ProgramEntity;
  @PrimaryColumn({ name: 'program_id', type: 'uuid' }) programId: string;
  @PrimaryColumn({ name: 'role_key', type: 'varchar', length: 63 }) roleKey: string;
  @PrimaryColumn({ type: 'integer' }) position: number;
  @Column({ type: 'varchar', length: 200 }) body: string;
}

/** One contact person per department or company; `leftAt` is set when they leave the network. */
@Entity({ name: 'network_members' })
@Index('uq_network_members_active', ['programId', 'organizationId'], { unique: true, where: '"left_at" IS NULL' })
export class NetworkMemberEntity {
  @References(() => ProgramEntity, 'program_id', 'FK_network_members_program') program?: ProgramEntity;
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' }) joinedAt: Date;
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true }) leftAt: Date | null;
}

/** A network meeting (0 is the kickoff), scheduled by the network workflow; attendance and minutes recorded after. */
@Entity({ name: 'network_meetings' })
export class NetworkMeetingEntity {
  @References(() => ProgramEntity, 'program_id', 'FK_network_meetings_program') program?: ProgramEntity;
  @PrimaryColumn({ name: 'program_id', type: 'uuid' }) programId: string;
  @PrimaryColumn({ type: 'integer' }) number: number;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'attendee_ids', type: 'uuid', array: true, nullable: true }) attendeeIds: string[] | null;
  @Column({ type: 'text', nullable: true }) minutes: string | null;
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true }) recordedAt: Date | null;
}

@Entity({ name: 'communication_items' })
@Check('CHK_communication_items_recurrence', `"recurrence" IN ('one-off', 'continuous')`)
export class CommunicationItemEntity {
  @References(() => ProgramEntity, 'program_id', 'FK_communication_items_program') program?: ProgramEntity;
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'channel_key', type: 'varchar', length: 63 }) channelKey: string;
  @Column({ name: 'audience_key', type: 'varchar', length: 63 }) audienceKey: string;
  @Column({ type: 'varchar', length: 20 }) recurrence: 'one-off' | 'continuous';
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A phase II activity; `status` and `cycle` are the read model its workflow writes. */
@Entity({ name: 'program_activities' })
@Index('idx_program_activities_program_status', ['programId', 'status'])
@Unique('UQ_program_activities_workflow', ['workflowId'])
@Check('CHK_program_activities_status', `"status" IN ('planning', 'execution', 'evaluation', 'ended', 'scaled-up')`)
export class ProgramActivityEntity {
  @References(() => ProgramEntity, 'program_id', 'FK_program_activities_program') program?: ProgramEntity;
  @References(() => ProgramActivityEntity, 'parent_id', 'FK_program_activities_parent') parent?: ProgramActivityEntity;
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ name: 'focus_area_keys', type: 'text', array: true }) focusAreaKeys: string[];
  @Column({ name: 'level_keys', type: 'text', array: true }) levelKeys: string[];
  @Column({ name: 'owner_organization_ids', type: 'uuid', array: true }) ownerOrganizationIds: string[];
  @Column({ name: 'responsible_id', type: 'uuid' }) responsibleId: string;
  @Column({ name: 'method_key', type: 'varchar', length: 63 }) methodKey: string;
  @Column({ name: 'effect_goal_numbers', type: 'integer', array: true }) effectGoalNumbers: number[];
  /** The indicators of its effect goals it should move. */
  @Column({ name: 'indicator_ids', type: 'uuid', array: true, default: () => "'{}'" }) indicatorIds: string[];
  @Column({ name: 'planned_start', type: 'date' }) plannedStart: string;
  @Column({ name: 'planned_end', type: 'date' }) plannedEnd: string;
  @Column({ type: 'varchar', length: 20, default: 'planning' }) status: ActivityStatus;
  @Column({ type: 'integer', default: 1 }) cycle: number;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy: string;
  @Column({ name: 'workflow_id', type: 'varchar', length: 255 }) workflowId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The decision closing one cycle of an activity. */
@Entity({ name: 'activity_evaluations' })
@Check('CHK_activity_evaluations_decision', `"decision" IN ('end', 'continue', 'scale-up')`)
export class ActivityEvaluationEntity {
  @References(() => ProgramActivityEntity, 'activity_id', 'FK_activity_evaluations_activity') activity?: ProgramActivityEntity;
  @References(() => ProgramActivityEntity, 'successor_id', 'FK_activity_evaluations_successor') successor?: ProgramActivityEntity;
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' }) activityId: string;
  @PrimaryColumn({ type: 'integer' }) cycle: number;
  @Column({ type: 'varchar', length: 20 }) decision: EvaluationDecision;
  @Column({ type: 'text' }) rationale: string;
  @Column({ name: 'decided_by', type: 'uuid' }) decidedBy: string;
  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' }) decidedAt: Date;
  @Column({ name: 'successor_id', type: 'uuid', nullable: true }) successorId: string | null;
}

export const PHASED_PROGRAM_ENTITIES = [
  GatheringSessionEntity,
  NeedEntity,
  FocusAreaEntity,
  CollaborationBodyEntity,
  NetworkMemberEntity,
  NetworkMeetingEntity,
  CommunicationItemEntity,
  ProgramActivityEntity,
  ActivityEvaluationEntity,
];
