import { Inject, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import {
  GOVERNANCE_PROGRAM_WORKFLOW,
  programStateQuery,
  programWorkflowId,
  type GovernanceProgramInput,
  type ProgramState,
} from './contracts/index.js';
import { TemporalConnection } from './temporal-connection.js';

export interface StartedWorkflow {
  workflowId: string;
  runId: string;
}

/** Typed handles on program workflows for the API. */
@Injectable()
export class ProgramWorkflows {
  constructor(@Inject(TemporalConnection) private readonly temporal: TemporalConnection) {}

  async start(input: GovernanceProgramInput): Promise<StartedWorkflow> {
    const workflowId = programWorkflowId(input.programId);
    try {
      const handle = await this.temporal.client.workflow.start(GOVERNANCE_PROGRAM_WORKFLOW, {
        taskQueue: this.temporal.taskQueue,
        workflowId,
        args: [input],
      });
      return { workflowId, runId: handle.firstExecutionRunId };
    } catch (err) {
      // Idempotent: the program's workflow already runs under its business key.
      if (err instanceof WorkflowExecutionAlreadyStartedError) {
        const described = await this.temporal.client.workflow.getHandle(workflowId).describe();
        return { workflowId, runId: described.runId };
      }
      throw err;
    }
  }

  /** Live state, or null when the workflow cannot be found. */
  async state(programId: string): Promise<ProgramState | null> {
    try {
      return await this.temporal.client.workflow.getHandle(programWorkflowId(programId)).query(programStateQuery);
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return null;
      throw err;
    }
  }

  async terminate(programId: string, reason: string): Promise<void> {
    await this.temporal.client.workflow.getHandle(programWorkflowId(programId)).terminate(reason);
  }
}
