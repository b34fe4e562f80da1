/**
 * The rules of a phased program's steps (Skola först phase I), as pure functions: which data may
 * change in which step, and what a step needs before it can be completed. The API checks them
 * against a snapshot it reads from PostgreSQL inside the completing transaction.
 */

/** What the project office edits, and the steps in which each may change. */
export const EDITABLE_IN = {
  sessions: ['plan-gathering', 'gathering'],
  needs: ['gathering'],
  categories: ['gathering', 'categorization'],
  focusAreas: ['focus-areas'],
  collaborationModel: ['collaboration-model'],
  network: ['network'],
  communicationPlan: ['communication-plan'],
} as const satisfies Record<string, readonly string[]>;

export type EditableData = keyof typeof EDITABLE_IN;

/** Where the program stands, from its read model. */
export interface ProgramPosition {
  status: 'active' | 'closed';
  phaseKey: string | null;
  stepKey: string | null;
  stepStatus: 'open' | 'completed' | null;
  gateOpen: boolean;
}

/** Why `data` cannot change now, or null when it can. */
export function editRefusal(data: EditableData, at: ProgramPosition): string | null {
  const steps: readonly string[] = EDITABLE_IN[data];
  const allowed = steps.map((s) => `'${s}'`).join(' or ');
  if (at.status === 'closed') return 'The program is closed; nothing in it can change.';
  if (at.gateOpen) return `The phase is waiting for the steering group's gate decision; ${data} can change only in the step ${allowed}.`;
  if (!at.stepKey || !steps.includes(at.stepKey) || at.stepStatus !== 'open') {
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

/** What keeps `stepKey` from completing; empty when it may complete. */
export function stepCompletionProblems(stepKey: string, s: PhaseSnapshot): StepProblem[] {
  const problems: StepProblem[] = [];
  const need = (ok: boolean, message: string, details?: Record<string, unknown>) => {
    if (!ok) problems.push(details ? { message, details } : { message });
  };
  switch (stepKey) {
    case 'plan-gathering':
      need(s.questions > 0, 'The question set is empty: the gathering needs at least one question.');
      need(s.sessions > 0, 'No gathering session is planned: plan at least one workshop, interview or conversation.');
      break;
    case 'gathering':
      need(s.needs > 0, 'No need has been recorded yet: record needs per session, one by one or imported from CSV.');
      break;
    case 'categorization': {
      const n = s.uncategorizedNeedIds.length;
      need(
        n === 0,
        `${n} of ${s.needs} needs have no category yet; every need must get one of the template's categories before categorization can complete.`,
        { uncategorizedCount: n, uncategorizedNeedIds: s.uncategorizedNeedIds },
      );
      break;
    }
    case 'focus-areas':
      need(s.focusAreas === s.focusAreaCount, `Choose exactly ${s.focusAreaCount} focus areas; ${s.focusAreas} chosen.`);
      break;
    case 'collaboration-model':
      need(s.rolesWithoutBodies.length === 0, `Every role of the collaboration model needs a body; missing for: ${s.rolesWithoutBodies.join(', ')}.`);
      need(s.gateOwnerSet, "Name the steering group's decision maker (gateOwnerId): the gate task goes to that person.");
      break;
    case 'network':
      need(s.networkMembers > 0, 'The contact-person network has no member: add one contact person per department and company.');
      need(s.networkStarted, 'The network has not been started: start it with its kickoff date.');
      break;
    case 'communication-plan':
      need(s.communicationItems > 0, 'The communication plan is empty: add at least one item (channel, audience, one-off or continuous, due date).');
      break;
    case 'activities':
      need(s.openActivities === 0, `${s.openActivities} activities are still planned, running or under evaluation; evaluate them before the phase closes.`);
      break;
    default:
      break;
  }
  return problems;
}

export type GateDecision = 'approve' | 'return' | 'stop';
export const GATE_DECISIONS: readonly GateDecision[] = ['approve', 'return', 'stop'];

/** Why a program made a task: a step, a gate, a status report, an activity stage, the yearly check. */
export type TaskPurpose = 'step' | 'gate' | 'network-status' | 'activity-planning' | 'activity-status' | 'activity-evaluation' | 'yearly-check' | 'interview' | 'offer';

/** Steps that recur alongside a phase instead of being completed in order, with the governance duration that spaces them. */
export const RECURRING_STEPS: Readonly<Record<string, 'yearlyCheckEvery'>> = { 'yearly-planning-check': 'yearlyCheckEvery' };
