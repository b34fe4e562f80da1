import { ParentClosePolicy, executeChild, startChild, uuid4 } from '@temporalio/workflow';
import { taskWorkflowId, type HumanTaskInput, type HumanTaskState, type OpenTaskRequest } from '@gov/temporal/contracts';
import { programs } from './configured-activities.js';
import { humanTask } from './human-task.workflow.js';

/**
 * Opens a task and waits until it is done: the activity stores it (and its audit entry), the
 * human-task child reminds and escalates. A cancelled task is opened again, so the work cannot be
 * skipped by cancelling it.
 */
export async function untilTaskDone(request: Omit<OpenTaskRequest, 'taskId'>, opened: (taskId: string) => void = () => undefined): Promise<HumanTaskState> {
  for (;;) {
    const taskId = uuid4();
    opened(taskId);
    const input = await programs.openProgramTask({ ...request, taskId });
    const result = await executeChild(humanTask, { workflowId: taskWorkflowId(taskId), args: [input] });
    if (result.status === 'done') return result;
  }
}

/** Starts tasks that live on their own (status reports, the yearly check): nobody waits for them here. */
export async function startDetachedTasks(inputs: HumanTaskInput[]): Promise<void> {
  for (const input of inputs) {
    await startChild(humanTask, { workflowId: taskWorkflowId(input.taskId), args: [input], parentClosePolicy: ParentClosePolicy.ABANDON });
  }
}
