import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ActivityStatus, CalendarRule, EvaluationDecision, GateDecision, NetworkCadence, ProgramPlan, StepPlan, TaskPurpose } from '@gov/domain/workflow';
import type { AuditEventInput } from './audit.activities.js';
import type { HumanTaskInput, TaskActorInput } from './task.contract.js';

/** Workflow type name of the program lifecycle workflow. */
export const GOVERNANCE_PROGRAM_WORKFLOW = 'governanceProgram';

/** Keyed to the business entity, so starting the same program twice is refused by Temporal. */
export function programWorkflowId(programId: string): string {
  return `program-${programId}`;
}

/** Input of the program workflow: identifiers only, never personal data. */
export interface GovernanceProgramInput {
  programId: string;
  templateKey: string;
  templateVersion: number;
  /** Pseudonymous id of whoever asked for the program, when known. */
  requestedBy?: string;
  /** Settings from the program's governance that the workflows need (no personal data). */
  settings?: { yearlyCheckEvery: string };
  /**
   * The program's phases, steps (by kind) and decision points, from its template when it started.
   * Programs started before plans travelled here carry none and run the plan of their template
   * version as it was compiled in (`legacyPlan`).
   */
  plan?: ProgramPlan;
  /** Where a continued-as-new run picks up. */
  resume?: ProgramResume;
  /** Continue as new once the history holds this many events (Temporal's own suggestion always counts). */
  historyLimit?: number;
}

export interface ProgramResume {
  phaseIndex: number;
  /** How many times each phase has been opened (a returned phase opens again). */
  rounds: Record<string, number>;
  phases: ProgramPhaseState[];
  startedAt: string;
}

export type PhaseStatus = 'pending' | 'active' | 'returned' | 'sent-back' | 'completed' | 'stopped';

export interface ProgramPhaseState {
  key: string;
  status: PhaseStatus;
  /** Rounds opened so far (more than 1 after the gate returned the phase). */
  rounds?: number;
}

export interface GateState {
  phaseKey: string;
  round: number;
  taskId: string;
  status: 'open' | 'decided';
  decision: GateDecision | null;
}

/** The live state of a program as its workflow holds it. */
export interface ProgramState {
  programId: string;
  templateKey: string;
  templateVersion: number;
  status: 'active' | 'closed';
  currentPhaseKey: string | null;
  phases: ProgramPhaseState[];
  startedAt: string;
  /** The running phase's child workflow. */
  activePhaseWorkflowId?: string | null;
  /** The latest gate; open while the steering group has not decided. */
  gate?: GateState | null;
}

/** Live program state: status, current phase and every phase's status. */
export const programStateQuery = defineQuery<ProgramState>('programState');

/** A running program moves onto a newer version of its template: the plan derived from it (keys only). */
export interface PlanUpgrade {
  templateVersion: number;
  plan: ProgramPlan;
}

/**
 * Moves the program onto the new plan from the next step on; refused while the phase in progress
 * would change its steps, and once the program has closed.
 */
export const upgradePlanUpdate = defineUpdate<ProgramState, [PlanUpgrade]>('upgradePlan');

/** Workflow type of a phase: its steps in order, each a task for the project office. */
export const PROGRAM_PHASE_WORKFLOW = 'programPhase';

export function phaseWorkflowId(programId: string, phaseKey: string, round: number): string {
  return `program-${programId}-phase-${phaseKey}-${round}`;
}

export interface ProgramPhaseInput {
  programId: string;
  templateKey: string;
  templateVersion: number;
  phaseKey: string;
  round: number;
  settings?: { yearlyCheckEvery: string };
  /** The phase's steps from the program's plan; absent for programs started before plans travelled in the input. */
  steps?: StepPlan[];
}

export interface PhaseStepState {
  key: string;
  status: 'pending' | 'open' | 'completed';
  taskId: string | null;
}

export interface PhaseState {
  programId: string;
  phaseKey: string;
  round: number;
  status: 'active' | 'completed';
  currentStepKey: string | null;
  steps: PhaseStepState[];
}

export const phaseStateQuery = defineQuery<PhaseState>('phaseState');

/** The contact-person network: a kickoff, then meetings at the program's cadence, until the program closes. */
export const CONTACT_NETWORK_WORKFLOW = 'contactNetwork';

export function networkWorkflowId(programId: string): string {
  return `network-${programId}`;
}

export interface ContactNetworkInput {
  programId: string;
  /** ISO timestamp of the kickoff (meeting 0). */
  kickoffAt: string;
  cadence: NetworkCadence;
  /** The calendar (as data) the cadence keeps meetings off the days off of, when the template names one. */
  calendar?: CalendarRule;
  /** The next meeting to schedule (after continue-as-new). */
  nextNumber?: number;
  historyLimit?: number;
}

export interface NetworkState {
  programId: string;
  nextNumber: number;
  nextMeetingAt: string | null;
  meetingsScheduled: number;
  stopped: boolean;
}

export const networkStateQuery = defineQuery<NetworkState>('networkState');
/** Sent when the program closes: no further meetings. */
export const stopNetworkSignal = defineSignal('stopNetwork');

/** A phase II activity: planning → execution (status reports) → evaluation, cycle after cycle. */
export const PROGRAM_ACTIVITY_WORKFLOW = 'programActivity';

export function activityWorkflowId(activityId: string): string {
  return `activity-${activityId}`;
}

export interface ProgramActivityInput {
  activityId: string;
  programId: string;
  /** Status reports during execution come this often (the network cadence). */
  statusEvery: string;
  cycle?: number;
  historyLimit?: number;
}

export interface ActivityState {
  activityId: string;
  cycle: number;
  status: ActivityStatus;
  /** The open planning or evaluation task. */
  taskId: string | null;
  statusReports: number;
  decisions: { cycle: number; decision: EvaluationDecision }[];
}

export const activityStateQuery = defineQuery<ActivityState>('activityState');
/** Execution is over: the evaluation task opens. Refused unless the activity is in execution. */
export const finishExecutionUpdate = defineUpdate<ActivityState, [TaskActorInput]>('finishExecution');


/** A task a program workflow opens; the activity resolves the assignee and due moment from PostgreSQL. */
export interface OpenTaskRequest {
  taskId: string;
  programId: string;
  purpose: Exclude<TaskPurpose, 'interview' | 'offer' | 'condition'>;
  subjectKey: string;
  phaseKey?: string;
  activityId?: string;
  /** Whose task it is: the program's owner, the steering group's decision maker, or the activity's responsible. */
  assignee: 'owner' | 'gate-owner' | 'activity-responsible';
}

export interface ProgramPosition {
  programId: string;
  phaseKey?: string | null;
  stepKey?: string | null;
  stepStatus?: 'open' | 'completed' | null;
  stepTaskId?: string | null;
  gateTaskId?: string | null;
  status?: 'active' | 'closed';
  events: AuditEventInput[];
}

/** Activities of the program, phase, network and activity workflows; implemented by the worker. */
export interface ProgramActivities {
  /** Stores a task (title from the template, assignee and due moment from the program) with its audit entry; idempotent. */
  openProgramTask(request: OpenTaskRequest): Promise<HumanTaskInput>;
  /** Writes where the program stands (read model) with its audit entries, in one transaction. */
  recordProgramPosition(position: ProgramPosition): Promise<void>;
  /** The steering group's decision, stored with the gate task's answer. */
  readGateDecision(request: { taskId: string }): Promise<{ decision: GateDecision }>;
  /** Stores meeting `number` and a status-report task with its calendar invitation for every member; idempotent. */
  prepareNetworkMeeting(request: { programId: string; number: number; startsAt: string }): Promise<HumanTaskInput[]>;
  /** Opens the yearly planning check: a task for each member organization's contact person; idempotent. */
  openYearlyPlanningCheck(request: { programId: string; round: number }): Promise<HumanTaskInput[]>;
  /** Writes the activity's stage (read model) with its audit entries. */
  recordActivityStage(stage: { activityId: string; programId: string; status: ActivityStatus; cycle: number; events: AuditEventInput[] }): Promise<void>;
  /** The evaluation decision stored for a cycle. */
  readEvaluation(request: { activityId: string; cycle: number }): Promise<{ decision: EvaluationDecision }>;
}
