import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { TaskRepository } from '@gov/persistence';
import {
  cancelTaskUpdate,
  changeDueDateUpdate,
  completeTaskUpdate,
  HUMAN_TASK_WORKFLOW,
  reassignTaskUpdate,
  taskWorkflowId,
  type CompleteTaskInput,
  type HumanTaskInput,
  type HumanTaskState,
  type ReassignTaskInput,
} from './contracts/index.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { NOT_YET_STARTED_WAIT_MS, startStep, workflowStatus, updateStep, WorkflowCommands, type RecordedCommand, type WorkflowCommandStep } from './workflow-commands.js';
import { TemporalConnection } from './temporal-connection.js';

import { TaskCommandRefused } from './command-refused.js';

export { TaskCommandRefused };

/** Sends a validated update; a refusal, or a workflow that has ended (`notFound`), throws TaskCommandRefused. */
export async function sendUpdate<S, A>(
  temporal: TemporalConnection,
  workflowId: string,
  update: UpdateDefinition<S, [A]>,
  command: A,
  notFound: string | (() => Promise<string>),
  /** Whether the workflow is about to start (then a missing one is waited for); by default it may be. */
  expected: () => Promise<boolean> = async () => true,
): Promise<S> {
  const deadline = Date.now() + NOT_YET_STARTED_WAIT_MS;
  for (let wait = 100; ; wait = Math.min(wait * 2, 2_000)) {
    try {
      return await temporal.client.workflow.getHandle(workflowId).executeUpdate(update, { args: [command] });
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw new TaskCommandRefused((err.cause as Error | undefined)?.message ?? err.message);
      if (!(err instanceof WorkflowNotFoundError)) throw err;
      // A workflow its parent is about to start (a journey after its admission) is waited for, not refused.
      const started = (await workflowStatus(temporal, workflowId)) !== null;
      // Not found, or no longer running: the caller says why in its own terms.
      if (started || Date.now() > deadline || !(await expected())) throw new TaskCommandRefused(typeof notFound === 'string' ? notFound : await notFound());
      await sleep(wait);
    }
  }
}

/** Typed handles on human-task workflows for the API; every command goes through the command log. */
@Injectable()
export class TaskWorkflows {
  constructor(
    @Inject(TemporalConnection) private readonly temporal: TemporalConnection,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
  ) {}

  /** The task's start as a command step (recorded with the task row, delivered after the commit). */
  startStep(input: HumanTaskInput): WorkflowCommandStep {
    return startStep(HUMAN_TASK_WORKFLOW, taskWorkflowId(input.taskId), input);
  }

  /** The completion as a command step: its decision (an enum key) travels with it. */
  completeStep(taskId: string, command: CompleteTaskInput): WorkflowCommandStep {
    return updateStep(taskWorkflowId(taskId), completeTaskUpdate.name, command);
  }

  /** Delivers a recorded command that ends (or, with `first`, starts) in a task update; a refusal throws TaskCommandRefused. */
  async deliver(command: RecordedCommand, update: 'first' | 'last' = 'last'): Promise<HumanTaskState> {
    const results = await this.commands.deliver(command, { closed: (id) => this.closedReason(id) });
    return this.accepted(results[update === 'first' ? 0 : results.length - 1] as HumanTaskState);
  }

  /**
   * The state a task's workflow answered an update with: a close it accepted is in the read model
   * before the caller answers (read your own write); the workflow's activity records the rest.
   */
  async accepted(state: HumanTaskState): Promise<HumanTaskState> {
    if (state.status !== 'open') await this.tasks.projectClosed({ ...state, status: state.status });
    return state;
  }

  /** A reassignment as a command step (recorded with other changes, delivered after the commit). */
  reassignStep(taskId: string, command: ReassignTaskInput): WorkflowCommandStep {
    return updateStep(taskWorkflowId(taskId), reassignTaskUpdate.name, command);
  }

  /** A reassignment the workflow accepted is in the read model before the caller answers (the new assignee's inbox holds it). */
  async reassign(taskId: string, actorId: string, assigneeId: string): Promise<HumanTaskState> {
    const state = await this.send(updateStep(taskWorkflowId(taskId), reassignTaskUpdate.name, { actorId, assigneeId }));
    await this.tasks.projectAssignee(taskId, state.assigneeId);
    return state;
  }

  async cancel(taskId: string, actorId: string): Promise<HumanTaskState> {
    return this.accepted(await this.send(updateStep(taskWorkflowId(taskId), cancelTaskUpdate.name, { actorId })));
  }

  changeDueDate(taskId: string, actorId: string, dueAt: string): Promise<HumanTaskState> {
    return this.send(updateStep(taskWorkflowId(taskId), changeDueDateUpdate.name, { actorId, dueAt }));
  }

  private async send(step: WorkflowCommandStep): Promise<HumanTaskState> {
    const [state] = await this.commands.send([step], { closed: (id) => this.closedReason(id) });
    return state as HumanTaskState;
  }

  /** A closed task's workflow has ended: it takes no updates, and its result says how it ended. */
  private async closedReason(workflowId: string): Promise<string> {
    const final = (await this.temporal.client.workflow.getHandle(workflowId).result().catch(() => undefined)) as HumanTaskState | undefined;
    return `The task is ${final?.status ?? 'closed'}; only an open task can change.`;
  }
}
