import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Answer, AnswerForm, CalendarBasis, Meeting, ReminderPolicy, TaskPurpose } from '@gov/domain';

export type TaskStatus = 'open' | 'done' | 'cancelled';

/** Which working-day calendar a task follows: a calendar's key and what counts as a day off. */
export interface TaskCalendar {
  key: string;
  basis: CalendarBasis;
}



/**
 * A task for a person: the master data (title, instructions, form, answer) and the inbox read model
 * (status, assignee, due, escalated), the latter written by the task workflow's activities.
 */
@Entity({ name: 'tasks' })
@Index('idx_tasks_assignee_status_due', ['assigneeId', 'status', 'dueAt'])
@Index('idx_tasks_status_due', ['status', 'dueAt'])
@Index('idx_tasks_program_purpose', ['programId', 'purpose'])
export class TaskEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  instructions: string;

  @Column({ name: 'assignee_id', type: 'uuid' })
  assigneeId: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'escalate_to_id', type: 'uuid' })
  escalateToId: string;

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Column({ name: 'phase_key', type: 'varchar', length: 63, nullable: true })
  phaseKey: string | null;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  /** Why a program made the task: a step, a gate, a status report, an activity stage, the yearly check. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  purpose: TaskPurpose | null;

  /** What the purpose refers to: the step key, the meeting number, the activity cycle, the year. */
  @Column({ name: 'subject_key', type: 'varchar', length: 100, nullable: true })
  subjectKey: string | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'reminder_policy', type: 'jsonb' })
  reminderPolicy: ReminderPolicy;

  @Column({ name: 'answer_form', type: 'jsonb', nullable: true })
  answerForm: AnswerForm | null;

  /** A meeting the assignee is invited to; the first mail carries a calendar invitation. */
  @Column({ type: 'jsonb', nullable: true })
  meeting: Meeting | null;

  /** The working-day calendar the task follows (null: calendar days). */
  @Column({ type: 'jsonb', nullable: true })
  calendar?: TaskCalendar | null;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status: TaskStatus;

  @Column({ type: 'boolean', default: false })
  escalated: boolean;

  @Column({ name: 'reminders_sent', type: 'integer', default: 0 })
  remindersSent: number;

  @Column({ type: 'jsonb', nullable: true })
  answer: Answer | null;

  /** An answer committed with its completion command, made the answer when the workflow accepts that command. */
  @Column({ name: 'pending_answer', type: 'jsonb', nullable: true, select: false })
  pendingAnswer?: Answer | null;

  @Column({ name: 'pending_command_id', type: 'uuid', nullable: true, select: false })
  pendingCommandId?: string | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'workflow_id', type: 'varchar', length: 255, unique: true })
  workflowId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
