/**
 * A program's plan as its workflows run it: the phases in order, each with its steps (by kind) and
 * its decision point. The API derives it from the program's template when the program starts and
 * hands it to the workflow in its input, so a template file edited later never changes how a running
 * program replays. Keys and durations only: no names, no personal data.
 */

/** What a decision point's outcome does to the program. */
export type GateEffect = 'next' | 'repeat' | 'back' | 'close';

export interface GateOutcomePlan {
  key: string;
  effect: GateEffect;
  /** For `back`: the phase the program returns to (the previous phase when omitted). */
  to?: string;
}

export interface StepPlan {
  key: string;
  kind: string;
  /** A recurring step opens again every period alongside the phase, instead of completing in order. */
  recurEvery?: string;
}

export interface PhasePlan {
  key: string;
  steps: StepPlan[];
  /** The decision point that closes the phase, with its outcomes; null for a phase that just ends. */
  gate: { outcomes: GateOutcomePlan[] } | null;
}

export interface ProgramPlan {
  phases: PhasePlan[];
}

/** The steering group's choices where a template just says `gate: true` (Skola först's gate). */
export const DEFAULT_GATE_OUTCOMES: readonly GateOutcomePlan[] = [
  { key: 'approve', effect: 'next' },
  { key: 'return', effect: 'repeat' },
  { key: 'stop', effect: 'close' },
];

/** Where the program goes after a decision: the index of the next phase to run, or null when it closes. */
export function phaseAfter(plan: ProgramPlan, index: number, outcome: GateOutcomePlan): number | null {
  switch (outcome.effect) {
    case 'next':
      return index + 1 < plan.phases.length ? index + 1 : null;
    case 'repeat':
      return index;
    case 'back': {
      const target = outcome.to ? plan.phases.findIndex((p) => p.key === outcome.to) : index - 1;
      return target >= 0 ? target : index;
    }
    case 'close':
      return null;
  }
}

/** The status a decided phase is left with. */
export function decidedPhaseStatus(effect: GateEffect): 'completed' | 'returned' | 'sent-back' | 'stopped' {
  return effect === 'next' ? 'completed' : effect === 'repeat' ? 'returned' : effect === 'back' ? 'sent-back' : 'stopped';
}

/**
 * The plans of Skola först and Fast Track versions 1 and 2 as they were compiled into the workflow bundle before
 * plans travelled in the input. Workflows started then carry no plan and replay on these; they never
 * change again.
 */
export function legacyPlan(templateKey: string, templateVersion: number, yearlyCheckEvery = 'P52W'): ProgramPlan | undefined {
  if (templateKey === 'fast-track' && (templateVersion === 1 || templateVersion === 2)) {
    // A cohort program's workflow only holds the program open; its cohorts run their own.
    const stages = ['info-meeting', 'interest-registration', 'interviews', 'admission', 'modules', 'project-work', 'final-report'];
    return { phases: stages.map((key) => ({ key, steps: [], gate: null })) };
  }
  if (templateKey !== 'skola-forst') return undefined;
  const gate = { outcomes: [...DEFAULT_GATE_OUTCOMES] };
  if (templateVersion === 1) {
    return { phases: [{ key: 'needs-analysis', steps: [], gate }, { key: 'implementation', steps: [], gate: null }] };
  }
  if (templateVersion !== 2) return undefined;
  const step = (key: string, kind: string): StepPlan => ({ key, kind });
  return {
    phases: [
      {
        key: 'needs-analysis',
        gate,
        steps: [
          step('plan-gathering', 'gathering-plan'),
          step('gathering', 'needs-gathering'),
          step('categorization', 'needs-categorization'),
          step('focus-areas', 'focus-areas'),
          step('collaboration-model', 'collaboration-model'),
          step('network', 'contact-network'),
          step('communication-plan', 'communication-plan'),
          step('phase-report', 'phase-report'),
        ],
      },
      {
        key: 'implementation',
        gate: null,
        steps: [step('activities', 'activities'), { key: 'yearly-planning-check', kind: 'yearly-planning-check', recurEvery: yearlyCheckEvery }],
      },
    ],
  };
}
