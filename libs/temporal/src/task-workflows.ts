import { Inject, Injectable } from '@nestjs/common';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
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

/** The task workflow refused a command (its validator said no); the task is unchanged. */
export class TaskCommandRefused extends Error {}

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
    try {
      return await send(this.temporal.client.workflow.getHandle(taskWorkflowId(taskId)));
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw new TaskCommandRefused((err.cause as Error | undefined)?.message ?? err.message);
      throw err;
    }
  }
}
