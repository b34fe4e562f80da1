import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarRule, NoticeKind, ReminderPolicy } from '@gov/domain';
import type { AuditEventInput } from './audit.activities.js';

/** Workflow type name of the reusable human-task workflow. */
export const HUMAN_TASK_WORKFLOW = 'humanTask';

export function taskWorkflowId(taskId: string): string {
  return `task-${taskId}`;
}

/** Input of a human task: identifiers, the due moment and the reminder policy; never names or text. */
export interface HumanTaskInput {
  taskId: string;
  assigneeId: string;
  escalateToId: string;
  /** ISO timestamp. */
  dueAt: string;
  reminderPolicy: ReminderPolicy;
  programId?: string;
  /** The task is a meeting: its assignee (and each new assignee) first gets a calendar invitation. */
  invite?: boolean;
  /** The assignee is told at once that the task is theirs (e.g. an offered place), not only reminded. */
  announce?: boolean;
  /** ISO timestamp: an open task closes by itself then (status cancelled, `task.expired`), e.g. an offer's deadline. */
  closesAt?: string;
  /** The working-day calendar (as data) that working-day durations (`3WD`) in the policy count; Sweden's working days without it. */
  calendar?: CalendarRule;
}

export type HumanTaskStatus = 'open' | 'done' | 'cancelled';

export interface HumanTaskState {
  taskId: string;
  status: HumanTaskStatus;
  assigneeId: string;
  dueAt: string;
  /** Bumped on every due-date change; part of each notice's idempotency key. */
  dueVersion: number;
  escalated: boolean;
  remindersSent: number;
  completedBy: string | null;
  closedAt: string | null;
  /** How many times the task changed hands. */
  reassignments: number;
  /** The decision the completion carried (a gate's or an evaluation's): an enum key, never free text. */
  outcome?: string | null;
  /** The command whose committed answer the completion makes the task's answer. */
  answerCommandId?: string | null;
  /** The next reminder or escalation the workflow waits for (null when none is left), as the schedule has it. */
  nextNotice?: { kind: NoticeKind; number: number; at: string } | null;
}

export interface TaskActorInput {
  /** Pseudonymous person id of whoever sends the command. */
  actorId: string;
}

/**
 * A completion carries its decision (an enum key) so that no workflow reads it back from a row, and
 * the id of the command whose answer it committed before sending (`tasks.pending_answer`).
 */
export interface CompleteTaskInput extends TaskActorInput {
  outcome?: string;
  answerCommandId?: string;
  /** The actor completed it as the substitute of this (absent) assignee: on the record as on their behalf. */
  onBehalfOf?: string;
}

export interface ReassignTaskInput extends TaskActorInput {
  assigneeId: string;
}

export interface ChangeDueDateInput extends TaskActorInput {
  dueAt: string;
}

/** Completes an open task; refused (task stays open) when it is no longer open. The answer itself is stored in PostgreSQL. */
export const completeTaskUpdate = defineUpdate<HumanTaskState, [CompleteTaskInput]>('completeTask');
/** Hands an open task to another person; reminders start over for them. */
export const reassignTaskUpdate = defineUpdate<HumanTaskState, [ReassignTaskInput]>('reassignTask');
/** Cancels an open task; no further reminders. */
export const cancelTaskUpdate = defineUpdate<HumanTaskState, [TaskActorInput]>('cancelTask');
/** Moves the due moment; pending reminders are rescheduled. */
export const changeDueDateUpdate = defineUpdate<HumanTaskState, [ChangeDueDateInput]>('changeDueDate');
export const taskStateQuery = defineQuery<HumanTaskState>('taskState');
/** Sent by the workflow that owns a task when what it asked for has happened elsewhere (an offer answered in the cohort). */
export const closeTaskSignal = defineSignal<[{ reason: string }]>('closeTask');

export interface TaskNotice {
  taskId: string;
  kind: NoticeKind;
  number: number;
  dueVersion: number;
  recipientId: string;
}

export interface TaskChange {
  /** The state after the change: the inbox read model follows it. */
  state: HumanTaskState;
  /** What happened, for the audit trail (and webhooks). */
  events: AuditEventInput[];
}

export interface TaskNoticeChange extends TaskChange {
  notice: TaskNotice;
}

/**
 * Activities of the task workflow; implemented by the worker. Each is one PostgreSQL transaction,
 * so the read model, the audit trail and the outbox never disagree, and each step costs one activity.
 */
export interface TaskActivities {
  /** Writes the audit entries and the inbox read model of a change. */
  recordTaskChange(change: TaskChange): Promise<void>;
  /**
   * Puts a reminder, escalation or invitation in the outbox — once per task, due version, kind and
   * number — with its audit entry and the read model.
   */
  sendTaskNotice(change: TaskNoticeChange): Promise<void>;
}
