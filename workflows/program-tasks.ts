import { ParentClosePolicy, startChild, uuid4 } from '@temporalio/workflow';
import { taskWorkflowId, type HumanTaskInput, type HumanTaskState, type OpenTaskRequest } from '@gov/temporal/contracts';
import { programs } from './configured-activities.js';
import { humanTask } from './human-task.workflow.js';

/**
 * Opens a task and waits until it is done: the activity stores it (and its audit entry), the
 * human-task child reminds and escalates. `opened` runs once the child is running, so whatever it
 * publishes (e.g. "the step is open") is never ahead of the task. A cancelled task is opened
 * again, so the work cannot be skipped by cancelling it.
 */
export async function untilTaskDone(request: Omit<OpenTaskRequest, 'taskId'>, opened: (taskId: string) => void | Promise<void> = () => undefined): Promise<HumanTaskState> {
  for (;;) {
    const taskId = uuid4();
    const input = await programs.openProgramTask({ ...request, taskId });
    const child = await startChild(humanTask, { workflowId: taskWorkflowId(taskId), args: [input] });
    await opened(taskId);
    const result = await child.result();
    if (result.status === 'done') return result;
  }
}

/** Starts tasks that live on their own (status reports, the yearly check): nobody waits for them here. */
export async function startDetachedTasks(inputs: HumanTaskInput[]): Promise<void> {
  for (const input of inputs) {
    await startChild(humanTask, { workflowId: taskWorkflowId(input.taskId), args: [input], parentClosePolicy: ParentClosePolicy.ABANDON });
  }
}
