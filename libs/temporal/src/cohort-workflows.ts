import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import {
  admitManyUpdate,
  admitUpdate,
  type AdmissionSummary,
  type AdmitManyCommand,
  answerOfferUpdate,
  COHORT_WORKFLOW,
  cohortStateQuery,
  cohortWorkflowId,
  placeOnListUpdate,
  withdrawUpdate,
  assessLevelUpdate,
  assessUpdate,
  changePlanUpdate,
  decideAdvancedTrackUpdate,
  journeyStateQuery,
  journeyWorkflowId,
  leaveUpdate,
  reportProgressUpdate,
  startProjectWorkUpdate,
  submitProjectWorkUpdate,
  type ProjectWorkCommand,
  type AdvancedTrackDecision,
  type AssessCommand,
  type JourneyState,
  type LeaveCommand,
  type LevelAssessmentCommand,
  type PlanChangeCommand,
  type ProgressCommand,
  type CohortCommand,
  type CohortInput,
  type CohortState,
  type OfferAnswer,
  type PlaceOnListCommand,
} from './contracts/index.js';
import { sendUpdate } from './task-workflows.js';
import { startStep, updateStep, type WorkflowCommandStep } from './workflow-commands.js';
import { TemporalConnection } from './temporal-connection.js';

/** Typed handles on cohort workflows for the API; a refused command throws TaskCommandRefused. */
@Injectable()
export class CohortWorkflows {
  constructor(@Inject(TemporalConnection) private readonly temporal: TemporalConnection) {}

  /** The cohort's start as a command step (recorded with the cohort row, delivered after the commit). */
  startStep(input: CohortInput): WorkflowCommandStep {
    return startStep(COHORT_WORKFLOW, cohortWorkflowId(input.cohortId), input);
  }

  state(cohortId: string): Promise<CohortState> {
    return this.temporal.client.workflow.getHandle(cohortWorkflowId(cohortId)).query(cohortStateQuery);
  }

  admit(cohortId: string, command: CohortCommand): Promise<CohortState> {
    return this.update(cohortId, admitUpdate, command);
  }

  admitMany(cohortId: string, command: AdmitManyCommand): Promise<AdmissionSummary> {
    return sendUpdate(this.temporal, cohortWorkflowId(cohortId), admitManyUpdate, command, 'The cohort has closed.');
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

  /** A participant's journey, or null before they are admitted. */
  async journey(cohortId: string, personId: string): Promise<JourneyState | null> {
    try {
      return withJourneyDefaults(await this.temporal.client.workflow.getHandle(journeyWorkflowId(cohortId, personId)).query(journeyStateQuery));
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return null;
      throw err;
    }
  }

  assess(cohortId: string, personId: string, command: AssessCommand): Promise<JourneyState> {
    return this.journeyUpdate(cohortId, personId, assessUpdate, command);
  }

  assessLevel(cohortId: string, personId: string, command: LevelAssessmentCommand): Promise<JourneyState> {
    return this.journeyUpdate(cohortId, personId, assessLevelUpdate, command);
  }

  reportProgress(cohortId: string, personId: string, command: ProgressCommand): Promise<JourneyState> {
    return this.journeyUpdate(cohortId, personId, reportProgressUpdate, command);
  }

  changePlan(cohortId: string, personId: string, command: PlanChangeCommand): Promise<JourneyState> {
    return this.journeyUpdate(cohortId, personId, changePlanUpdate, command);
  }

  decideAdvancedTrack(cohortId: string, personId: string, command: AdvancedTrackDecision): Promise<JourneyState> {
    return this.journeyUpdate(cohortId, personId, decideAdvancedTrackUpdate, command);
  }

  leave(cohortId: string, personId: string, command: LeaveCommand): Promise<JourneyState> {
    return this.journeyUpdate(cohortId, personId, leaveUpdate, command);
  }

  startProjectWork(cohortId: string, personId: string, command: ProjectWorkCommand): Promise<JourneyState> {
    return this.journeyUpdate(cohortId, personId, startProjectWorkUpdate, command);
  }

  submitProjectWork(cohortId: string, personId: string, command: ProjectWorkCommand): Promise<JourneyState> {
    return this.journeyUpdate(cohortId, personId, submitProjectWorkUpdate, command);
  }

  /** A journey command; once the journey has ended, the refusal says how it ended. */
  private async journeyUpdate<A>(cohortId: string, personId: string, update: UpdateDefinition<JourneyState, [A]>, command: A): Promise<JourneyState> {
    const state = await sendUpdate(
      this.temporal,
      journeyWorkflowId(cohortId, personId),
      update,
      command,
      async () => {
        const ended = await this.journey(cohortId, personId).catch(() => null);
        if (!ended) return 'The participant has no journey: admit them first.';
        return ended.status === 'completed' ? 'The participant has completed the program; nothing more can be recorded.' : 'The participant has dropped out or was withdrawn; nothing more can be recorded.';
      },
      // A journey starts after its admission: waited for only when the cohort has admitted the person
      // (or cannot say yet), so a command for someone never admitted is refused at once, not after 30 s.
      () => this.state(cohortId).then((s) => s.admitted.includes(personId), () => true),
    );
    return withJourneyDefaults(state);
  }

  /** A placement (admission or a list) as a command step, for commands that change the cohort and a task together. */
  placementStep(cohortId: string, command: CohortCommand | PlaceOnListCommand): WorkflowCommandStep {
    return updateStep(cohortWorkflowId(cohortId), 'list' in command ? placeOnListUpdate.name : admitUpdate.name, command);
  }

  private update<A>(cohortId: string, update: UpdateDefinition<CohortState, [A]>, command: A): Promise<CohortState> {
    return sendUpdate(this.temporal, cohortWorkflowId(cohortId), update, command, 'The cohort has closed.');
  }
}

/**
 * A journey as the API answers it: a journey recorded before its workflow kept course material,
 * knowledge levels and project work has none of them yet, and says so (empty, not started) rather
 * than leaving the fields out.
 */
export function withJourneyDefaults(state: JourneyState): JourneyState & Required<Pick<JourneyState, 'materialAccess' | 'levels' | 'project'>> {
  return { ...state, materialAccess: state.materialAccess ?? [], levels: state.levels ?? [], project: state.project ?? { status: 'not-started', startedWeek: null, submittedWeek: null } };
}
