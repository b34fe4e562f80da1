import { STEP_KINDS } from './step-kinds.js';

/**
 * The rules of a phased program's steps (Skola först phase I), as pure functions: which data may
 * change in which step, and what a step needs before it can be completed. The API checks them
 * against a snapshot it reads from PostgreSQL inside the completing transaction.
 */

/** What the project office edits; a step kind names the data its steps let change (`StepKind.edits`). */
export type EditableData = 'sessions' | 'needs' | 'categories' | 'focusAreas' | 'collaborationModel' | 'network' | 'communicationPlan';

/** Where the program stands, from its read model. */
export interface ProgramPosition {
  status: 'active' | 'closed';
  phaseKey: string | null;
  stepKey: string | null;
  stepStatus: 'open' | 'completed' | null;
  gateOpen: boolean;
}

/**
 * Why `data` cannot change now, or null when it can: only while a step whose kind edits it is open
 * (`steps`: the program's steps with their kinds, every phase).
 */
export function editRefusal(data: EditableData, at: ProgramPosition, steps: readonly { key: string; kind: string }[]): string | null {
  const editing = steps.filter((s) => STEP_KINDS.get(s.kind)?.edits.includes(data)).map((s) => s.key);
  const allowed = editing.length ? editing.map((s) => `'${s}'`).join(' or ') : '(none: this program has no step for it)';
  if (at.status === 'closed') return 'The program is closed; nothing in it can change.';
  if (at.gateOpen) return `The phase is waiting for the steering group's gate decision; ${data} can change only in the step ${allowed}.`;
  if (!at.stepKey || !editing.includes(at.stepKey) || at.stepStatus !== 'open') {
    return `${data} can change only in the step ${allowed}; the program is at ${at.stepKey ? `step '${at.stepKey}'${at.stepStatus === 'completed' ? ' (completed, the next step is opening)' : ''}` : `phase '${at.phaseKey ?? '-'}'`}.`;
  }
  return null;
}

/** What the completion rules look at. */
export interface PhaseSnapshot {
  questions: number;
  sessions: number;
  needs: number;
  /** Ids of needs without a category (all of them). */
  uncategorizedNeedIds: string[];
  focusAreas: number;
  focusAreaCount: number;
  /** Roles of the collaboration model without any body. */
  rolesWithoutBodies: string[];
  gateOwnerSet: boolean;
  networkMembers: number;
  networkStarted: boolean;
  communicationItems: number;
  /** Phase II activities still planned, running or under evaluation. */
  openActivities: number;
}

export interface StepProblem {
  message: string;
  /** Extra members of the problem document, e.g. the uncategorized needs. */
  details?: Record<string, unknown>;
}

/** An outcome key of a decision point (Skola först's gate: approve, return, stop; the template names others). */
export type GateDecision = string;

/** Why a program made a task: a step, a gate, a status report, an activity stage, the yearly check. */
export type TaskPurpose = 'step' | 'gate' | 'network-status' | 'activity-planning' | 'activity-status' | 'activity-evaluation' | 'yearly-check' | 'interview' | 'offer' | 'condition';

