import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import {
  admitUpdate,
  answerOfferUpdate,
  COHORT_WORKFLOW,
  cohortStateQuery,
  cohortWorkflowId,
  placeOnListUpdate,
  withdrawUpdate,
  type CohortCommand,
  type CohortInput,
  type CohortState,
  type OfferAnswer,
  type PlaceOnListCommand,
} from './contracts/index.js';
import { startWorkflowOnce, type StartedWorkflow } from './start-workflow.js';
import { TaskCommandRefused } from './task-workflows.js';
import { TemporalConnection } from './temporal-connection.js';

/** Typed handles on cohort workflows for the API; a refused command throws TaskCommandRefused. */
@Injectable()
export class CohortWorkflows {
  constructor(@Inject(TemporalConnection) private readonly temporal: TemporalConnection) {}

  start(input: CohortInput): Promise<StartedWorkflow> {
    return startWorkflowOnce(this.temporal, COHORT_WORKFLOW, cohortWorkflowId(input.cohortId), [input]);
  }

  state(cohortId: string): Promise<CohortState> {
    return this.temporal.client.workflow.getHandle(cohortWorkflowId(cohortId)).query(cohortStateQuery);
  }

  admit(cohortId: string, command: CohortCommand): Promise<CohortState> {
    return this.update(cohortId, admitUpdate, command);
  }

  placeOnList(cohortId: string, command: PlaceOnListCommand): Promise<CohortState> {
    return this.update(cohortId, placeOnListUpdate, command);
  }

  withdraw(cohortId: string, command: CohortCommand): Promise<CohortState> {
    return this.update(cohortId, withdrawUpdate, command);
  }

  answerOffer(cohortId: string, command: OfferAnswer): Promise<CohortState> {
    return this.update(cohortId, answerOfferUpdate, command);
  }

  private async update<A>(cohortId: string, update: UpdateDefinition<CohortState, [A]>, command: A): Promise<CohortState> {
    try {
      return await this.temporal.client.workflow.getHandle(cohortWorkflowId(cohortId)).executeUpdate(update, { args: [command] });
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw new TaskCommandRefused((err.cause as Error | undefined)?.message ?? err.message);
      if (err instanceof WorkflowNotFoundError) throw new TaskCommandRefused('The cohort has closed.');
      throw err;
    }
  }
}
