import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import {
  cancelTaskUpdate,
  changeDueDateUpdate,
  completeTaskUpdate,
  HUMAN_TASK_WORKFLOW,
  reassignTaskUpdate,
  taskWorkflowId,
  type HumanTaskInput,
  type HumanTaskState,
} from './contracts/index.js';
import { startWorkflowOnce, type StartedWorkflow } from './start-workflow.js';
import { TemporalConnection } from './temporal-connection.js';

/** A workflow refused a command (its validator said no, or it has ended); nothing changed. */
export class TaskCommandRefused extends Error {}

/** Sends a validated update; a refusal, or a workflow that has ended (`notFound`), throws TaskCommandRefused. */
export async function sendUpdate<S, A>(
  temporal: TemporalConnection,
  workflowId: string,
  update: UpdateDefinition<S, [A]>,
  command: A,
  notFound: string | (() => Promise<string>),
): Promise<S> {
  try {
    return await temporal.client.workflow.getHandle(workflowId).executeUpdate(update, { args: [command] });
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) throw new TaskCommandRefused((err.cause as Error | undefined)?.message ?? err.message);
    // Not found, or no longer running: the caller says why in its own terms.
    if (err instanceof WorkflowNotFoundError) throw new TaskCommandRefused(typeof notFound === 'string' ? notFound : await notFound());
    throw err;
  }
}

/** Typed handles on human-task workflows for the API. */
@Injectable()
export class TaskWorkflows {
  constructor(@Inject(TemporalConnection) private readonly temporal: TemporalConnection) {}

  start(input: HumanTaskInput): Promise<StartedWorkflow> {
    return startWorkflowOnce(this.temporal, HUMAN_TASK_WORKFLOW, taskWorkflowId(input.taskId), [input]);
  }

  complete(taskId: string, actorId: string): Promise<HumanTaskState> {
    return this.update(taskId, (h) => h.executeUpdate(completeTaskUpdate, { args: [{ actorId }] }));
  }

  reassign(taskId: string, actorId: string, assigneeId: string): Promise<HumanTaskState> {
    return this.update(taskId, (h) => h.executeUpdate(reassignTaskUpdate, { args: [{ actorId, assigneeId }] }));
  }

  cancel(taskId: string, actorId: string): Promise<HumanTaskState> {
    return this.update(taskId, (h) => h.executeUpdate(cancelTaskUpdate, { args: [{ actorId }] }));
  }

  changeDueDate(taskId: string, actorId: string, dueAt: string): Promise<HumanTaskState> {
    return this.update(taskId, (h) => h.executeUpdate(changeDueDateUpdate, { args: [{ actorId, dueAt }] }));
  }

  private async update(taskId: string, send: (handle: WorkflowHandle) => Promise<HumanTaskState>): Promise<HumanTaskState> {
    const handle = this.temporal.client.workflow.getHandle(taskWorkflowId(taskId));
    try {
      return await send(handle);
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw new TaskCommandRefused((err.cause as Error | undefined)?.message ?? err.message);
      // A closed task's workflow has ended: it takes no updates, and its result says how it ended.
      if (err instanceof WorkflowNotFoundError) {
        const final = (await handle.result().catch(() => undefined)) as HumanTaskState | undefined;
        if (final) throw new TaskCommandRefused(`The task is ${final.status}; only an open task can change.`);
      }
      throw err;
    }
  }
}
