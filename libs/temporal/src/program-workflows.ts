import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import {
  activityStateQuery,
  activityWorkflowId,
  CONTACT_NETWORK_WORKFLOW,
  finishExecutionUpdate,
  networkStateQuery,
  networkWorkflowId,
  PROGRAM_ACTIVITY_WORKFLOW,
  type ActivityState,
  type ContactNetworkInput,
  type NetworkState,
  type ProgramActivityInput,
  GOVERNANCE_PROGRAM_WORKFLOW,
  programStateQuery,
  programWorkflowId,
  type GovernanceProgramInput,
  type ProgramState,
} from './contracts/index.js';
import { sendUpdate } from './task-workflows.js';
import { startStep, type WorkflowCommandStep } from './workflow-commands.js';
import { TemporalConnection } from './temporal-connection.js';

/** Typed handles on program workflows for the API. */
@Injectable()
export class ProgramWorkflows {
  constructor(@Inject(TemporalConnection) private readonly temporal: TemporalConnection) {}

  /** The program's start as a command step (recorded with the program row, delivered after the commit). */
  startStep(input: GovernanceProgramInput): WorkflowCommandStep {
    return startStep(GOVERNANCE_PROGRAM_WORKFLOW, programWorkflowId(input.programId), input);
  }

  networkStartStep(input: ContactNetworkInput): WorkflowCommandStep {
    return startStep(CONTACT_NETWORK_WORKFLOW, networkWorkflowId(input.programId), input);
  }

  activityStartStep(input: ProgramActivityInput): WorkflowCommandStep {
    return startStep(PROGRAM_ACTIVITY_WORKFLOW, activityWorkflowId(input.activityId), input);
  }

  /** Live state, or null when the workflow cannot be found. */
  state(programId: string): Promise<ProgramState | null> {
    return this.queryOrNull(programWorkflowId(programId), (h) => h.query(programStateQuery));
  }

  async networkState(programId: string): Promise<NetworkState | null> {
    return this.queryOrNull(networkWorkflowId(programId), (h) => h.query(networkStateQuery));
  }

  async activityState(activityId: string): Promise<ActivityState | null> {
    return this.queryOrNull(activityWorkflowId(activityId), (h) => h.query(activityStateQuery));
  }

  /** Declares an activity's execution over; refused (TaskCommandRefused) unless it is in execution. */
  finishExecution(activityId: string, actorId: string): Promise<ActivityState> {
    return sendUpdate(this.temporal, activityWorkflowId(activityId), finishExecutionUpdate, { actorId }, 'The activity is closed; its execution cannot change.');
  }

  /** A workflow query; null when the workflow does not exist. A closed workflow still answers queries. */
  private async queryOrNull<T>(workflowId: string, ask: (handle: ReturnType<TemporalConnection['client']['workflow']['getHandle']>) => Promise<T>): Promise<T | null> {
    try {
      return await ask(this.temporal.client.workflow.getHandle(workflowId));
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return null;
      throw err;
    }
  }
}
