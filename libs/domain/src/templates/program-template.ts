import { z } from 'zod';
import { DEFAULT_DURATIONS } from './template-defaults.js';
import { cohortProblems, cohortSchema } from './cohort-template.js';
import { calendarChoiceSchema, duration, key, labelledSchema, localizedTextSchema, reminderPolicySchema, windowDuration } from './template-primitives.js';

export { DEFAULT_DURATIONS };
export { localizedTextSchema, labelledSchema } from './template-primitives.js';
export { cohortSchema, type CohortSettings } from './cohort-template.js';

export const phaseDefinitionSchema = z
  .object({
    key,
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    /** A gate decided by the steering group closes the phase before the next one starts. */
    gate: z.boolean().default(false),
    /** The phase's steps, completed in order. */
    steps: z.array(labelledSchema).default([]),
  })
  .strict();

/**
 * What a phased program governs, from the template (the seed's lists are the defaults; a program may
 * override them when it is created): goals, need categories, the activity matrix, methods, the
 * collaboration model, the contact-person network's cadence and the reminder policies.
 */
export const governanceSchema = z
  .object({
    /** Numbered effect goals (effektmål) that activities are traced to. */
    effectGoals: z.array(z.object({ number: z.number().int().positive(), text: localizedTextSchema }).strict()).min(1).max(50),
    /** Each gathered need gets exactly one of these. */
    needCategories: z.array(labelledSchema).min(1).max(50),
    /** Who was asked, and how. */
    participantGroups: z.array(labelledSchema).min(1).max(50),
    sessionKinds: z.array(labelledSchema).min(1).max(10),
    /** The question set used when gathering needs. */
    questions: z
      .array(z.object({ key, text: localizedTextSchema, subQuestions: z.array(z.object({ key, text: localizedTextSchema }).strict()).default([]) }).strict())
      .min(1)
      .max(30),
    focusAreas: z.object({ count: z.number().int().min(1).max(9), suggestions: z.array(labelledSchema).max(20) }).strict(),
    /** The rows of the activity matrix, narrowest first. */
    matrixLevels: z.array(labelledSchema).min(1).max(10),
    methods: z.array(labelledSchema).min(1).max(10),
    /** Roles of the collaboration model, with the bodies the seed names as a suggestion. */
    collaborationRoles: z.array(labelledSchema.extend({ suggestedBodies: z.array(z.string().min(1)).default([]) }).strict()).min(1).max(10),
    /** The decisions an activity's evaluation can take. */
    evaluationDecisions: z.array(labelledSchema).min(1).max(10),
    network: z
      .object({
        /** Denser meetings at first (every `initialEvery`, `initialMeetings` times after the kickoff), then every `thenEvery`. */
        initialEvery: duration,
        initialMeetings: z.number().int().min(0).max(24),
        thenEvery: duration,
        /** Before each meeting every contact person reports the status of their activities, this long ahead. */
        statusReportBefore: duration,
        /** Keep meetings off this calendar's days off (school breaks too with school-year): a meeting on one moves to the next working day. */
        calendar: calendarChoiceSchema.optional(),
      })
      .strict(),
    communicationChannels: z.array(labelledSchema).min(1).max(20),
    communicationAudiences: z.array(labelledSchema).min(1).max(20),
    reminderPolicies: z.object({ default: reminderPolicySchema, gate: reminderPolicySchema, statusReport: reminderPolicySchema }).strict(),
    /** How long the project office, the gate owner and the activity owners get for their tasks. */
    durations: z
      .object({ step: windowDuration, gate: windowDuration, activityPlanning: windowDuration, activityEvaluation: windowDuration, yearlyCheckEvery: duration })
      .strict()
      .default(() => ({ ...DEFAULT_DURATIONS })),
    /**
     * The working-day calendar the program's tasks follow: their deadlines keep off its days off, and
     * working days (5WD) in the durations and reminder policies count its working days.
     */
    calendar: calendarChoiceSchema.optional(),
  })
  .strict();

/** What a program may override when it is created: any of the governance lists or settings, whole. */
export const governanceOverrideSchema = governanceSchema.partial();

export const programTemplateSchema = z
  .object({
    key,
    version: z.number().int().positive(),
    kind: z.enum(['phased-program', 'cohort']),
    name: localizedTextSchema,
    description: localizedTextSchema,
    source: z.string().min(1),
    phases: z.array(phaseDefinitionSchema).min(1),
    governance: governanceSchema.optional(),
    cohort: cohortSchema.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const unique = (items: { key: string }[], path: (string | number)[], what: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: [...path, i, 'key'], message: `duplicate ${what} key '${item.key}'` });
        seen.add(item.key);
      });
    };
    unique(t.phases, ['phases'], 'phase');
    if (t.cohort) cohortProblems(t.cohort).forEach((issue) => ctx.addIssue({ code: 'custom', path: ['cohort', ...issue.path], message: issue.message }));
    t.phases.forEach((p, i) => unique(p.steps, ['phases', i, 'steps'], 'step'));
    const g = t.governance;
    if (!g) return;
    for (const list of ['needCategories', 'participantGroups', 'sessionKinds', 'questions', 'matrixLevels', 'methods', 'collaborationRoles', 'evaluationDecisions', 'communicationChannels', 'communicationAudiences'] as const) {
      unique(g[list], ['governance', list], 'list');
    }
    unique(g.focusAreas.suggestions, ['governance', 'focusAreas', 'suggestions'], 'focus area');
    g.effectGoals.forEach((goal, i) => {
      if (goal.number !== i + 1) ctx.addIssue({ code: 'custom', path: ['governance', 'effectGoals', i, 'number'], message: `effect goals are numbered 1, 2, 3 …; expected ${i + 1}` });
    });
    if (g.focusAreas.suggestions.length && g.focusAreas.suggestions.length !== g.focusAreas.count) {
      ctx.addIssue({ code: 'custom', path: ['governance', 'focusAreas', 'suggestions'], message: `suggest exactly ${g.focusAreas.count} focus areas, or none` });
    }
  });

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type PhaseDefinition = z.infer<typeof phaseDefinitionSchema>;
export type Labelled = z.infer<typeof labelledSchema>;
export type Governance = z.infer<typeof governanceSchema>;
export type ProgramTemplate = z.infer<typeof programTemplateSchema>;
/** What a template file holds before defaults are applied. */
export type ProgramTemplateInput = z.input<typeof programTemplateSchema>;

export class TemplateValidationError extends Error {
  constructor(
    readonly templateKey: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(`Program template '${templateKey}' is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

/**
 * The governance a program runs with: the template's, with the program's overrides (each a whole
 * list or setting) put over it, validated as a whole (e.g. the focus-area suggestions must still
 * match the count). Throws a TemplateValidationError naming each path.
 */
export function effectiveGovernance(template: ProgramTemplate, override: unknown): Governance {
  if (!template.governance) throw new TemplateValidationError(template.key, [{ path: 'governance', message: 'this template has no governance to override' }]);
  const parsed = governanceOverrideSchema.safeParse(override ?? {});
  if (!parsed.success) throw new TemplateValidationError(template.key, parsed.error.issues.map((i) => ({ path: ['governance', ...i.path].join('.'), message: i.message })));
  const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  return parseProgramTemplate({ ...template, governance: { ...template.governance, ...defined } }).governance!;
}

/** Validates template data (built-in or supplied by a municipality) and applies its defaults. */
export function parseProgramTemplate(data: unknown): ProgramTemplate {
  const result = programTemplateSchema.safeParse(data);
  if (!result.success) {
    const templateKey = typeof (data as { key?: unknown })?.key === 'string' ? (data as { key: string }).key : '(unknown)';
    throw new TemplateValidationError(
      templateKey,
      result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return result.data;
}
