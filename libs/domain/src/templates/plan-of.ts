import { DEFAULT_GATE_OUTCOMES, type ProgramPlan } from '../programs/program-plan.js';
import { STEP_KINDS } from '../programs/step-kinds.js';
import type { GateOutcome, Governance, Labelled, PhaseDefinition, ProgramTemplate } from './program-template.js';

/** The labels of Skola först's gate outcomes, where a template just says `gate: true`. */
const DEFAULT_OUTCOME_LABELS: Record<string, Labelled> = {
  approve: { key: 'approve', name: { sv: 'Godkänn – nästa fas startar', en: 'Approve – the next phase starts' } },
  return: { key: 'return', name: { sv: 'Återremittera – fasen görs om', en: 'Return – the phase is done again' } },
  stop: { key: 'stop', name: { sv: 'Stoppa programmet', en: 'Stop the program' } },
};

/** A phase's decision-point outcomes with their labels; empty for a phase without one. */
export function gateOutcomesOf(phase: PhaseDefinition): GateOutcome[] {
  if (phase.gate === false) return [];
  if (phase.gate === true) return DEFAULT_GATE_OUTCOMES.map((o) => ({ ...DEFAULT_OUTCOME_LABELS[o.key], effect: o.effect, commentRequired: o.effect === 'repeat' }));
  return phase.gate.outcomes;
}

/** The decision material a phase's decision point requires; none where the template just says `gate: true`. */
export function gateMaterialOf(phase: PhaseDefinition): Labelled[] {
  return typeof phase.gate === 'object' ? phase.gate.material : [];
}

/** The plan a program's workflows run, from its template (and the governance durations a recurring step follows). */
export function planOf(template: ProgramTemplate, governance?: Governance | null): ProgramPlan {
  return {
    phases: template.phases.map((phase) => {
      const outcomes = gateOutcomesOf(phase);
      return {
        key: phase.key,
        gate: outcomes.length ? { outcomes: outcomes.map((o) => ({ key: o.key, effect: o.effect, ...(o.to ? { to: o.to } : {}) })) } : null,
        steps: phase.steps.map((step) => {
          const recurs = STEP_KINDS.get(step.kind)?.recursEvery;
          return { key: step.key, kind: step.kind, ...(recurs ? { recurEvery: governance?.durations[recurs] ?? 'P52W' } : {}) };
        }),
      };
    }),
  };
}
