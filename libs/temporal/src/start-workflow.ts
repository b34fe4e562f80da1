import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { TemporalConnection } from './temporal-connection.js';

export interface StartedWorkflow {
  workflowId: string;
  runId: string;
}

/** Starts a workflow under its business key; starting it again answers the running one (idempotent). */
export async function startWorkflowOnce(temporal: TemporalConnection, workflowType: string, workflowId: string, args: unknown[]): Promise<StartedWorkflow> {
  try {
    const handle = await temporal.client.workflow.start(workflowType, { taskQueue: temporal.taskQueue, workflowId, args });
    return { workflowId, runId: handle.firstExecutionRunId };
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      const described = await temporal.client.workflow.getHandle(workflowId).describe();
      return { workflowId, runId: described.runId };
    }
    throw err;
  }
}
