import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { DecisionRule, DecisionRuleKind, Position, SteeringRole } from '@gov/domain';

/** A program's steering group: its decision rule (the seats are rows of their own, kept over time). */
@Entity({ name: 'steering_groups' })
@Check('CHK_steering_groups_rule', `"rule" IN ('chair', 'majority', 'all')`)
@Check('CHK_steering_groups_quorum', `"quorum" BETWEEN 1 AND 50`)
export class SteeringGroupEntity {
  @PrimaryColumn({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ type: 'varchar', length: 20 }) rule: DecisionRuleKind;
  @Column({ type: 'integer' }) quorum: number;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** A seat in a steering group, from when to when (until null: held now). A role change ends one seat and starts another. */
@Entity({ name: 'steering_group_seats' })
@Check('CHK_steering_group_seats_role', `"role" IN ('chair', 'member', 'secretary', 'co-opted')`)
@Index('IDX_steering_group_seats_program', ['programId', 'fromAt'])
@Index('IDX_steering_group_seats_person', ['personId'])
@Index('UQ_steering_group_seats_current', ['programId', 'personId'], { unique: true, where: '"until_at" IS NULL' })
export class SteeringSeatEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'varchar', length: 20 }) role: SteeringRole;
  /** Where the seat stands in the group's list, as the project office ordered it. */
  @Column({ type: 'integer', default: 0 }) position: number;
  @Column({ name: 'from_at', type: 'timestamptz', default: () => 'now()' }) fromAt: Date;
  @Column({ name: 'until_at', type: 'timestamptz', nullable: true }) untilAt: Date | null;
}

/** A piece of decision material (beslutsunderlag) provided at an open decision point: a document by its title and link. */
@Entity({ name: 'gate_materials' })
export class GateMaterialEntity {
  @PrimaryColumn({ name: 'gate_task_id', type: 'uuid' }) gateTaskId: string;
  @PrimaryColumn({ type: 'varchar', length: 63 }) key: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'phase_key', type: 'varchar', length: 63 }) phaseKey: string;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ type: 'varchar', length: 2000 }) link: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}

export interface DecisionCondition {
  text: string;
  ownerId: string;
  dueDate: string;
  /** The task the condition became. */
  taskId: string;
}

/** A decision point's decision as taken: the protocol (beslutsprotokoll) is generated from it. Ids only; names stay with the persons. */
@Entity({ name: 'gate_decisions' })
@Index('IDX_gate_decisions_program', ['programId', 'decidedAt'])
export class GateDecisionEntity {
  @PrimaryColumn({ name: 'gate_task_id', type: 'uuid' }) gateTaskId: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'phase_key', type: 'varchar', length: 63 }) phaseKey: string;
  @Column({ type: 'integer' }) round: number;
  @Column({ type: 'varchar', length: 63 }) decision: string;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  /** Null: one decision maker decided (no steering group). */
  @Column({ type: 'jsonb', nullable: true }) rule: DecisionRule | null;
  /** The group's seats when it decided. */
  @Column({ type: 'jsonb' }) seats: { personId: string; role: SteeringRole }[];
  @Column({ type: 'uuid', array: true }) present: string[];
  @Column({ type: 'jsonb' }) positions: { personId: string; position: Position }[];
  @Column({ type: 'jsonb' }) material: { key: string; title: string; link: string }[];
  @Column({ type: 'jsonb' }) conditions: DecisionCondition[];
  @Column({ type: 'jsonb' }) reservations: { personId: string; text: string }[];
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy: string;
  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' }) decidedAt: Date;
}

/** A meeting of a program's steering group: its invitations (tasks with the agenda) and its minutes. */
@Entity({ name: 'steering_meetings' })
@Unique('UQ_steering_meetings_number', ['programId', 'number'])
@Check('CHK_steering_meetings_times', `"ends_at" > "starts_at"`)
export class SteeringMeetingEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  /** 1, 2, 3 … in the program. */
  @Column({ type: 'integer' }) number: number;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'varchar', length: 200, nullable: true }) location: string | null;
  @Column({ name: 'invitation_task_ids', type: 'uuid', array: true, default: () => "'{}'" }) invitationTaskIds: string[];
  @Column({ type: 'text', nullable: true }) minutes: string | null;
  @Column({ name: 'minutes_by', type: 'uuid', nullable: true }) minutesBy: string | null;
  @Column({ name: 'minutes_at', type: 'timestamptz', nullable: true }) minutesAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

export const STEERING_ENTITIES = [SteeringGroupEntity, SteeringSeatEntity, GateMaterialEntity, GateDecisionEntity, SteeringMeetingEntity];
