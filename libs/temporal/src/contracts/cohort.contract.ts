import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarRule, ListKind, JourneyPlan } from '@gov/domain/workflow';
import type { HumanTaskInput } from './task.contract.js';

/** A cohort's admission (Fast Track, Yrkessvenska …): capacity, the template's lists, and the offers of freed places. */
export const COHORT_WORKFLOW = 'cohortLifecycle';

export function cohortWorkflowId(cohortId: string): string {
  return `cohort-${cohortId}`;
}

export interface CohortInput {
  cohortId: string;
  programId?: string;
  capacity: number;
  /**
   * The keys of the lists the cohort's template declares, in offer order (a freed place goes to the
   * first list first). Absent: Fast Track's three lists (waiting, active, then passive interest).
   */
  listOrder?: ListKind[];
  /** How long a person has to answer an offered place: an ISO 8601 duration, or working days (3WD) of `calendar`. */
  offerResponse: string;
  /** The working-day calendar (as data) an offer window in working days counts; Sweden's working days without it. */
  calendar?: CalendarRule;
  /** The template whose modules the participants' journeys follow; without it no journeys start. */
  templateKey?: string;
  templateVersion?: number;
  /** What the participants' journeys run on, from that template (cohorts started before it travelled here have none). */
  journey?: JourneyPlan;
  /** Continue as new once the history holds this many events (Temporal's own suggestion always counts). */
  historyLimit?: number;
  /** Carried over by continue-as-new. */
  carried?: CohortCarry;
}

/** What a cohort carries into its next run: its state and the work it had queued. */
export interface CohortCarry {
  state: CohortState;
  nextPosition: number;
  offerTaskIds: [string, string][];
  journeyQueue: string[];
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

export interface AdmitManyCommand {
  actorId: string;
  personIds: string[];
}

/** Admits several people at once (at most 1,000), all or none; refused beyond capacity. */
export interface AdmissionSummary {
  admitted: number;
  capacity: number;
}
export const admitManyUpdate = defineUpdate<AdmissionSummary, [AdmitManyCommand]>('admitMany');
/** Admits a person; refused beyond capacity (open offers hold their places). */
export const admitUpdate = defineUpdate<CohortState, [CohortCommand]>('admit');
/** Puts a person on one of the cohort's lists (Fast Track: the waiting list or one of the interest lists). */
export const placeOnListUpdate = defineUpdate<CohortState, [PlaceOnListCommand]>('placeOnList');
/** An admitted participant leaves (or did not show up): the place is offered on. */
export const withdrawUpdate = defineUpdate<CohortState, [CohortCommand]>('withdraw');
/** The answer to an offered place; refused after its deadline. */
export const answerOfferUpdate = defineUpdate<CohortState, [OfferAnswer]>('answerOffer');
export const cohortStateQuery = defineQuery<CohortState>('cohortState');

/** One admitted participant's way through the modules (Fast Track). */
export const PARTICIPANT_JOURNEY_WORKFLOW = 'participantJourney';

export function journeyWorkflowId(cohortId: string, personId: string): string {
  return `journey-${cohortId}-${personId}`;
}

export interface JourneyInput {
  cohortId: string;
  personId: string;
  programId?: string;
  templateKey: string;
  templateVersion: number;
  /** The journey's modules, weeks, paces and levels; absent for journeys started before it travelled here (the template compiled in then). */
  plan?: JourneyPlan;
}

export interface Assessment {
  /** One of the template's knowledge levels (Fast Track: basic, good, very-good). */
  level: string;
  universityStudies: boolean;
}

export interface JourneyState {
  cohortId: string;
  personId: string;
  status: 'assessment' | 'studying' | 'completed' | 'dropped';
  assessment: Assessment | null;
  paceKey: string;
  ambition: number;
  /** Weeks of module items (`module/item`), regenerated when the plan changes. */
  plan: { week: number; items: string[] }[];
  planVersion: number;
  /** Items completed so far, per week reported. */
  progress: { week: number; completed: number }[];
  completedItems: number;
  totalItems: number;
  weeksAhead: number | null;
  advancedTrack: 'none' | 'proposed' | 'accepted' | 'declined';
  /** Modules whose course material is open (granted module by module as prerequisites finish). Absent on journeys started before. */
  materialAccess?: string[];
  /**
   * The knowledge level over time: the assessment at the start (week 0), then each follow-up
   * assessment in the week it was made. Absent on journeys started before follow-ups were kept.
   */
  levels?: { week: number; level: Assessment['level'] }[];
  /** Project work after the study weeks. Absent on journeys started before. */
  project?: { status: 'not-started' | 'in-progress' | 'submitted'; startedWeek: number | null; submittedWeek: number | null };
}

export interface ProjectWorkCommand {
  actorId: string;
  /** The program week it happens in. */
  week: number;
}

export interface AssessCommand extends Assessment {
  actorId: string;
  paceKey: string;
  ambition: number;
}

/** A follow-up assessment of the knowledge level during the program; the plan stays as it is. */
export interface LevelAssessmentCommand {
  actorId: string;
  /** The program week it was made in. */
  week: number;
  level: Assessment['level'];
}

export interface ProgressCommand {
  actorId: string;
  week: number;
  /** Items completed this week. */
  completed: number;
}

export interface PlanChangeCommand {
  actorId: string;
  paceKey: string;
  ambition: number;
}

export interface AdvancedTrackDecision {
  actorId: string;
  accept: boolean;
}

export interface LeaveCommand {
  actorId: string;
  /** completed: finished the program; dropped: left before the end. */
  outcome: 'completed' | 'dropped';
}

export const assessUpdate = defineUpdate<JourneyState, [AssessCommand]>('assess');
export const assessLevelUpdate = defineUpdate<JourneyState, [LevelAssessmentCommand]>('assessLevel');
export const reportProgressUpdate = defineUpdate<JourneyState, [ProgressCommand]>('reportProgress');
export const changePlanUpdate = defineUpdate<JourneyState, [PlanChangeCommand]>('changePlan');
export const decideAdvancedTrackUpdate = defineUpdate<JourneyState, [AdvancedTrackDecision]>('decideAdvancedTrack');
export const leaveUpdate = defineUpdate<JourneyState, [LeaveCommand]>('leave');
/** Project work starts (after the study weeks, or once every item is done). */
export const startProjectWorkUpdate = defineUpdate<JourneyState, [ProjectWorkCommand]>('startProjectWork');
/** The project work is handed in; the participant can then complete the program. */
export const submitProjectWorkUpdate = defineUpdate<JourneyState, [ProjectWorkCommand]>('submitProjectWork');
export const journeyStateQuery = defineQuery<JourneyState>('journeyState');
/** Sent by the cohort to a journey when the participant is withdrawn from the cohort: the journey ends. */
export const withdrawnFromCohortSignal = defineSignal<[{ actorId: string }]>('withdrawnFromCohort');
/** Sent by a journey to its cohort when the participant drops out: the place is offered on. */
export const participantLeftSignal = defineSignal<[{ personId: string }]>('participantLeft');

export interface OfferTaskRequest {
  cohortId: string;
  personId: string;
  /** ISO timestamp: the offer's deadline, when the task closes by itself. */
  deadline: string;
  /** The how-manieth offer to this person in the cohort (a person can be offered a place again). */
  number: number;
}

export interface CohortActivities {
  /** Stores the offer as a task for the person (announced by mail at once, closing at the deadline); idempotent. */
  openOfferTask(request: OfferTaskRequest): Promise<HumanTaskInput>;
}
