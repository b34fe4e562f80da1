import type { ProgramPosition } from '../programs/phase-steps.js';
import { gateOutcomesOf } from './plan-of.js';
import type { Governance, ProgramTemplate } from './program-template.js';

/** Where a change lies from the program's position: in a phase already run, the one in progress, or one ahead. */
export type ChangePlace = 'before' | 'current' | 'after';

export interface TemplateChange {
  kind: 'phase-added' | 'phase-removed' | 'step-added' | 'step-removed' | 'step-changed' | 'outcomes-changed' | 'setting-changed' | 'override-kept';
  phaseKey?: string;
  stepKey?: string;
  /** The governance list or setting, for setting-changed and override-kept. */
  setting?: string;
  place?: ChangePlace;
  message: string;
}

export interface UpgradeReport {
  changes: TemplateChange[];
  /** Why the upgrade cannot apply now; empty when it can. */
  refusals: string[];
  /** The governance the program runs with after the upgrade (its own overrides kept). */
  governance: Governance | null;
}

/** Deep equality regardless of key order (PostgreSQL's jsonb keeps its own order of keys). */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * What moving a running program from template version `from` onto `to` changes for it, and what
 * cannot apply safely: another key or kind, an older version, a closed program, the phase in
 * progress losing or changing its steps. Lists and settings the program overrode stay its own; the
 * ones it took from the template follow the new version.
 */
export function templateUpgradeReport(from: ProgramTemplate, to: ProgramTemplate, at: ProgramPosition, governance: Governance | null): UpgradeReport {
  const changes: TemplateChange[] = [];
  const refusals: string[] = [];
  if (to.key !== from.key) refusals.push(`The program runs ${from.key}; it cannot move onto ${to.key}.`);
  if (to.kind !== from.kind) refusals.push(`A ${from.kind} program cannot move onto a ${to.kind} template.`);
  if (to.version <= from.version) refusals.push(`Version ${to.version} is not newer than version ${from.version}, which the program runs.`);
  if (at.status === 'closed') refusals.push('The program is closed.');

  const current = from.phases.findIndex((p) => p.key === at.phaseKey);
  const placeOf = (key: string): ChangePlace => {
    const i = from.phases.findIndex((p) => p.key === key);
    if (current < 0) return 'after';
    return i < current ? 'before' : i === current ? 'current' : 'after';
  };
  for (const phase of from.phases) {
    const next = to.phases.find((p) => p.key === phase.key);
    const place = placeOf(phase.key);
    if (!next) {
      changes.push({ kind: 'phase-removed', phaseKey: phase.key, place, message: `Phase '${phase.key}' is removed.` });
      if (place === 'current') refusals.push(`Phase '${phase.key}' is in progress and the new version removes it.`);
      continue;
    }
    for (const step of phase.steps) {
      const kept = next.steps.find((s) => s.key === step.key);
      if (!kept) changes.push({ kind: 'step-removed', phaseKey: phase.key, stepKey: step.key, place, message: `Step '${step.key}' of '${phase.key}' is removed.` });
      else if (!same(kept, step)) changes.push({ kind: 'step-changed', phaseKey: phase.key, stepKey: step.key, place, message: `Step '${step.key}' of '${phase.key}' changes (${kept.kind === step.kind ? 'its configuration' : `kind ${step.kind} → ${kept.kind}`}).` });
    }
    for (const step of next.steps) {
      if (!phase.steps.some((s) => s.key === step.key)) changes.push({ kind: 'step-added', phaseKey: phase.key, stepKey: step.key, place, message: `Step '${step.key}' (${step.kind}) is added to '${phase.key}'.` });
    }
    const stepsMoved = !same(phase.steps.map((s) => [s.key, s.kind]), next.steps.map((s) => [s.key, s.kind]));
    if (place === 'current' && stepsMoved) refusals.push(`The steps of '${phase.key}', the phase in progress, change; upgrade once its decision point is decided.`);
    if (place === 'current' && at.gateOpen && !same(gateOutcomesOf(phase), gateOutcomesOf(next))) {
      refusals.push(`The decision point of '${phase.key}' is open and the new version changes its outcomes.`);
    }
    if (!same(gateOutcomesOf(phase), gateOutcomesOf(next))) changes.push({ kind: 'outcomes-changed', phaseKey: phase.key, place, message: `The decision point of '${phase.key}' gets other outcomes: ${gateOutcomesOf(next).map((o) => o.key).join(', ') || 'none'}.` });
  }
  for (const phase of to.phases) {
    if (!from.phases.some((p) => p.key === phase.key)) changes.push({ kind: 'phase-added', phaseKey: phase.key, place: 'after', message: `Phase '${phase.key}' is added.` });
  }

  let next: Governance | null = governance;
  if (governance && to.governance) {
    const merged: Record<string, unknown> = {};
    for (const setting of new Set([...Object.keys(to.governance), ...Object.keys(governance)]) as Set<keyof Governance>) {
      const mine = governance[setting];
      const was = from.governance?.[setting];
      const will = to.governance[setting];
      if (!same(mine, was) && mine !== undefined) {
        merged[setting] = mine;
        if (!same(was, will)) changes.push({ kind: 'override-kept', setting, message: `The program's own ${setting} stays; the new version changes the template's.` });
      } else {
        if (will !== undefined) merged[setting] = will;
        if (!same(was, will)) changes.push({ kind: 'setting-changed', setting, message: `${setting} follows the new version.` });
      }
    }
    next = merged as Governance;
  }
  return { changes, refusals, governance: next };
}
