import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import {
  GOVERNANCE_PROGRAM_WORKFLOW,
  programStateQuery,
  programWorkflowId,
  type GovernanceProgramInput,
  type ProgramState,
} from './contracts/index.js';
import { startWorkflowOnce, type StartedWorkflow } from './start-workflow.js';
import { TemporalConnection } from './temporal-connection.js';

/** Typed handles on program workflows for the API. */
@Injectable()
export class ProgramWorkflows {
  constructor(@Inject(TemporalConnection) private readonly temporal: TemporalConnection) {}

  start(input: GovernanceProgramInput): Promise<StartedWorkflow> {
    return startWorkflowOnce(this.temporal, GOVERNANCE_PROGRAM_WORKFLOW, programWorkflowId(input.programId), [input]);
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
