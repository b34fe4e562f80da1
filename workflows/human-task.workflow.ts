import { condition, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { noticeKey, noticeSchedule, pendingNotices, type Notice } from '@gov/domain/workflow';
import {
  cancelTaskUpdate,
  changeDueDateUpdate,
  closeTaskSignal,
  completeTaskUpdate,
  reassignTaskUpdate,
  taskStateQuery,
  type AuditActor,
  type AuditEventInput,
  type CompleteTaskInput,
  type HumanTaskInput,
  type HumanTaskState,
  type TaskActorInput,
  type TaskNotice,
} from '@gov/temporal/contracts';
import { tasks } from './configured-activities.js';

/**
 * Whenever a person must act, a program creates one of these: it holds the task open, reminds the
 * assignee on the template's policy, escalates when long overdue, and closes on completion or
 * cancellation. Every command is an update validated before it is accepted.
 */
export async function humanTask(input: HumanTaskInput): Promise<HumanTaskState> {
  const state: HumanTaskState = {
    taskId: input.taskId,
    status: 'open',
    assigneeId: input.assigneeId,
    dueAt: input.dueAt,
    dueVersion: 0,
    escalated: false,
    remindersSent: 0,
    completedBy: null,
    closedAt: null,
    reassignments: 0,
  };
  let sent = new Set<string>();
  // Notices already past when the schedule was made are skipped (a due date moved closer must not fire
  // a burst of stale reminders). The first schedule dates from when the task was made, not from when a
  // worker first ran it, so a worker outage at creation delays reminders but never drops them.
  let scheduledAt = workflowInfo().startTime.getTime();
  let invitationPending = input.invite === true;
  let announcementPending = input.announce === true;
  // Days in reminder policies are calendar days in Swedish time (tasks started before: 24 hours).
  const calendarDays = patched('calendar-day-reminders');
  const closesAt = input.closesAt ? Date.parse(input.closesAt) : undefined;

  const mustBeOpen = () => {
    if (state.status !== 'open') throw new Error(`The task is ${state.status}; only an open task can change.`);
  };
  // Handlers change state synchronously; the main loop writes the read model and the audit trail.
  const auditQueue: AuditEventInput[] = [];
  const changed = (type: string, actor: AuditActor, data: AuditEventInput['data'] = {}) => {
    // The assignee as the entry's subject: the trail and the live changes say whose task it is.
    auditQueue.push({ type, actor, programId: input.programId, data: { taskId: state.taskId, assigneeId: state.assigneeId, ...data } });
  };
  const person = (id: string): AuditActor => ({ kind: 'person', id });

  setHandler(taskStateQuery, () => state);
  setHandler(closeTaskSignal, ({ reason }) => {
    if (state.status !== 'open') return;
    state.status = 'done';
    state.closedAt = new Date().toISOString();
    changed('task.closed', { kind: 'system' }, { reason });
  });
  setHandler(
    completeTaskUpdate,
    ({ actorId, outcome, answerCommandId, onBehalfOf }) => {
      state.status = 'done';
      state.completedBy = actorId;
      state.closedAt = new Date().toISOString();
      if (outcome !== undefined) state.outcome = outcome;
      if (answerCommandId !== undefined) state.answerCommandId = answerCommandId;
      changed('task.completed', person(actorId), { ...(outcome ? { outcome } : {}), ...(onBehalfOf ? { onBehalfOf } : {}) });
      return state;
    },
    { validator: (_command: CompleteTaskInput) => mustBeOpen() },
  );
  setHandler(
    cancelTaskUpdate,
    ({ actorId }) => {
      state.status = 'cancelled';
      state.closedAt = new Date().toISOString();
      changed('task.cancelled', person(actorId));
      return state;
    },
    { validator: (_command: TaskActorInput) => mustBeOpen() },
  );
  setHandler(
    reassignTaskUpdate,
    ({ actorId, assigneeId }) => {
      const from = state.assigneeId;
      state.assigneeId = assigneeId;
      state.reassignments++;
      // The new assignee gets the whole reminder policy, as if the task were new to them.
      state.dueVersion++;
      sent = new Set();
      scheduledAt = Date.now();
      invitationPending = input.invite === true;
      changed('task.reassigned', person(actorId), { from, to: assigneeId });
      return state;
    },
    {
      validator: ({ assigneeId }) => {
        mustBeOpen();
        if (assigneeId === state.assigneeId) throw new Error('The task is already assigned to that person.');
      },
    },
  );
  setHandler(
    changeDueDateUpdate,
    ({ actorId, dueAt }) => {
      const from = state.dueAt;
      state.dueAt = new Date(dueAt).toISOString();
      state.dueVersion++;
      sent = new Set();
      scheduledAt = Date.now();
      changed('task.due_date_changed', person(actorId), { from, to: state.dueAt });
      return state;
    },
    {
      validator: ({ dueAt }) => {
        mustBeOpen();
        if (Number.isNaN(Date.parse(dueAt))) throw new Error('dueAt must be an ISO 8601 timestamp.');
      },
    },
  );

  /** One activity writes the queued audit entries and the read model, in one transaction. */
  const flush = async () => {
    if (!auditQueue.length) return;
    await tasks.recordTaskChange({ state: { ...state }, events: auditQueue.splice(0) });
  };
  /** One activity enqueues the notice with its audit entry and the read model, in one transaction. */
  const notify = async (notice: TaskNotice, type: string) => {
    changed(type, { kind: 'system' }, { number: notice.number, recipientId: notice.recipientId });
    await tasks.sendTaskNotice({ notice, state: { ...state }, events: auditQueue.splice(0) });
  };

  // The API now records `task.created` (with who made the task) and the read model together with the
  // task row, so a new task goes straight to its timers. Tasks started before kept the first step.
  if (!patched('api-records-task-created')) {
    changed('task.created', { kind: 'system' }, { assigneeId: state.assigneeId, dueAt: state.dueAt });
    await flush();
  }

  while (state.status === 'open') {
    if (invitationPending) {
      invitationPending = false;
      await notify({ taskId: state.taskId, kind: 'invitation', number: 1, dueVersion: state.dueVersion, recipientId: state.assigneeId }, 'task.invitation_sent');
      continue;
    }
    if (announcementPending) {
      // Reminder number 0: "you have a task", sent when the task opens.
      announcementPending = false;
      await notify({ taskId: state.taskId, kind: 'reminder', number: 0, dueVersion: state.dueVersion, recipientId: state.assigneeId }, 'task.announced');
      continue;
    }
    if (closesAt !== undefined && closesAt <= Date.now()) {
      state.status = 'cancelled';
      state.closedAt = new Date().toISOString();
      changed('task.expired', { kind: 'system' });
      break;
    }
    const version = state.dueVersion;
    const next: Notice | undefined = pendingNotices(noticeSchedule(Date.parse(state.dueAt), input.reminderPolicy, { calendarDays, calendar: input.calendar }), sent, scheduledAt)[0];
    // What the task waits for, for whoever asks (a query; no command depends on it).
    state.nextNotice = next ? { kind: next.kind, number: next.number, at: new Date(next.at).toISOString() } : null;
    const interrupted = () => state.status !== 'open' || state.dueVersion !== version || auditQueue.length > 0;
    if (closesAt !== undefined && (!next || closesAt <= next.at)) {
      await condition(interrupted, Math.max(closesAt - Date.now(), 1));
    } else if (!next) {
      await condition(interrupted);
    } else if (!(await condition(interrupted, Math.max(next.at - Date.now(), 1)))) {
      // The timer fired: this notice is due.
      const recipientId = next.kind === 'escalation' ? input.escalateToId : state.assigneeId;
      sent.add(noticeKey(next));
      if (next.kind === 'escalation') state.escalated = true;
      else state.remindersSent++;
      await notify(
        { taskId: state.taskId, kind: next.kind, number: next.number, dueVersion: version, recipientId },
        next.kind === 'escalation' ? 'task.escalated' : 'task.reminder_sent',
      );
    }
    await flush();
  }
  await flush();
  return state;
}
