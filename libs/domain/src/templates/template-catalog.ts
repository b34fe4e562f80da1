import type { ProgramTemplate, ProgramTemplateInput } from './program-template.js';
import { DEFAULT_DURATIONS } from './template-defaults.js';
import { skolaForstTemplate, skolaForstTemplateV2 } from './skola-forst.template.js';
import { fastTrackTemplate, fastTrackTemplateV2 } from './fast-track.template.js';
import { yrkessvenskaTemplate } from './yrkessvenska.template.js';

/**
 * The built-in templates with their defaults applied, without the schema library: workflows look
 * templates up here, and Temporal evaluates workflow code once per workflow instance, so this module
 * stays small. The same data is validated against the schema by `validateBuiltInTemplates()` (at API
 * start and in the unit tests).
 */
export const BUILT_IN_TEMPLATES: readonly ProgramTemplateInput[] = [skolaForstTemplate, skolaForstTemplateV2, fastTrackTemplate, fastTrackTemplateV2, yrkessvenskaTemplate];

function withDefaults(t: ProgramTemplateInput): ProgramTemplate {
  const g = t.governance;
  return {
    ...t,
    phases: t.phases.map((p) => ({ ...p, gate: p.gate ?? false, steps: p.steps ?? [] })),
    governance: g && {
      ...g,
      questions: g.questions.map((q) => ({ ...q, subQuestions: q.subQuestions ?? [] })),
      collaborationRoles: g.collaborationRoles.map((r) => ({ ...r, suggestedBodies: r.suggestedBodies ?? [] })),
      durations: g.durations ?? DEFAULT_DURATIONS,
    },
    cohort: t.cohort && { ...t.cohort, modules: t.cohort.modules.map((m) => ({ ...m, requires: m.requires ?? [] })) },
  } as ProgramTemplate;
}

/** The template a program was started with (a running program keeps its version); the newest without a version. */
export function findTemplate(key: string, version?: number): ProgramTemplate | undefined {
  const candidates = BUILT_IN_TEMPLATES.filter((t) => t.key === key && (version === undefined || t.version === version));
  const newest = candidates.sort((a, b) => b.version - a.version)[0];
  return newest && withDefaults(newest);
}
