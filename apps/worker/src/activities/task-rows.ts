import type { EntityManager } from 'typeorm';
import { calendarRuleFor, type CalendarRule } from '@gov/domain';
import { TaskEntity } from '@gov/persistence';
import { taskWorkflowId, type HumanTaskInput } from '@gov/temporal/contracts';
import type { AuditWriter } from './audit-writer.js';

type NewTask = Omit<TaskEntity, 'createdAt' | 'updatedAt' | 'status' | 'escalated' | 'remindersSent' | 'answer' | 'completedBy' | 'closedAt' | 'workflowId' | 'createdBy'>;

/** A task row opened by a workflow and its `task.created` entry, in the caller's transaction. */
export async function insertTask(m: EntityManager, audit: AuditWriter, task: NewTask, auditIndex = 0): Promise<TaskEntity> {
  await m.insert(TaskEntity, { ...task, workflowId: taskWorkflowId(task.id), createdBy: task.escalateToId });
  await audit.write(
    {
      type: 'task.created',
      actor: { kind: 'system' },
      programId: task.programId ?? undefined,
      data: { taskId: task.id, assigneeId: task.assigneeId, dueAt: task.dueAt.toISOString(), purpose: task.purpose ?? null, subjectKey: task.subjectKey ?? null },
    },
    m,
    100 + auditIndex,
  );
  return m.findOneByOrFail(TaskEntity, { id: task.id });
}

/** What the human-task workflow needs of a stored task: ids, due moment, policy — never text. */
export function taskInput(task: TaskEntity, extra: Pick<HumanTaskInput, 'announce' | 'closesAt'> = {}, calendar?: CalendarRule): HumanTaskInput {
  return {
    taskId: task.id,
    assigneeId: task.assigneeId,
    escalateToId: task.escalateToId,
    dueAt: task.dueAt.toISOString(),
    reminderPolicy: task.reminderPolicy,
    programId: task.programId ?? undefined,
    invite: Boolean(task.meeting),
    // The calendar's days (no labels) for working-day reminders: as resolved with its closures, else the built-in one.
    ...(task.calendar ? { calendar: calendar ?? calendarRuleFor(task.calendar) } : {}),
    ...extra,
  };
}
