import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ListKind } from '@gov/domain/workflow';

/** A Fast Track cohort's admission: capacity, the three lists, and the offers of freed places. */
export const COHORT_WORKFLOW = 'cohortLifecycle';

export function cohortWorkflowId(cohortId: string): string {
  return `cohort-${cohortId}`;
}

export interface CohortInput {
  cohortId: string;
  programId?: string;
  capacity: number;
  listOrder: ListKind[];
  /** ISO 8601 duration a person has to answer an offered place. */
  offerResponse: string;
}

export interface CohortOffer {
  personId: string;
  status: 'open' | 'accepted' | 'declined' | 'expired';
  /** ISO timestamp. */
  deadline: string;
}

export interface CohortState {
  cohortId: string;
  capacity: number;
  admitted: string[];
  lists: { personId: string; list: ListKind; position: number }[];
  offers: CohortOffer[];
  withdrawn: string[];
}

export interface CohortCommand {
  /** Pseudonymous id of whoever sends the command. */
  actorId: string;
  personId: string;
}

export interface PlaceOnListCommand extends CohortCommand {
  list: ListKind;
}

export interface OfferAnswer extends CohortCommand {
  accept: boolean;
}

/** Admits a person; refused beyond capacity (open offers hold their places). */
export const admitUpdate = defineUpdate<CohortState, [CohortCommand]>('admit');
/** Puts a person on the waiting list or one of the interest lists. */
export const placeOnListUpdate = defineUpdate<CohortState, [PlaceOnListCommand]>('placeOnList');
/** An admitted participant leaves (or did not show up): the place is offered on. */
export const withdrawUpdate = defineUpdate<CohortState, [CohortCommand]>('withdraw');
/** The answer to an offered place; refused after its deadline. */
export const answerOfferUpdate = defineUpdate<CohortState, [OfferAnswer]>('answerOffer');
export const cohortStateQuery = defineQuery<CohortState>('cohortState');
