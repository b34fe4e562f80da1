import { z } from 'zod';
import { DEFAULT_DURATIONS } from './template-defaults.js';
import { cohortProblems, cohortSchema } from './cohort-template.js';
import { portfolioRulesSchema } from '../programs/portfolio-status.js';
import { GENERIC_STEP_CONFIG, STEP_KINDS, type GovernanceList } from '../programs/step-kinds.js';
import { calendarChoiceSchema, duration, key, labelledSchema, localizedTextSchema, reminderPolicySchema, templatePath, windowDuration } from './template-primitives.js';

export { DEFAULT_DURATIONS };
export { localizedTextSchema, labelledSchema, malformedTextPaths, templatePath } from './template-primitives.js';
export { cohortSchema, type CohortSettings } from './cohort-template.js';

const outcomeSchema = labelledSchema
  .extend({
    /** What the outcome does: on to the next phase, the phase again (the plan revised), back to an earlier phase, or the program closed. */
    effect: z.enum(['next', 'repeat', 'back', 'close']),
    /** For `back`: the earlier phase the program returns to; the previous one when omitted. */
    to: key.optional(),
    /** The decision maker must say why (a revised plan, a project sent back). */
    commentRequired: z.boolean().default(false),
  })
  .strict();

/** A decision point closing a phase: the outcomes its steering group can decide. */
const gateSchema = z.union([
  z.boolean(),
  z
    .object({
      outcomes: z.array(outcomeSchema).min(2).max(10),
      /** The decision material (beslutsunderlag) the decision requires: each provided at the decision point before it can be decided. */
      material: z.array(labelledSchema).max(20).default([]),
    })
    .strict(),
]);

const builtInKinds = [...STEP_KINDS.keys()].filter((k) => !(k in GENERIC_STEP_CONFIG)) as [string, ...string[]];

/**
 * A step of a phase: its kind (the unit of code that knows how such a step works) and the kind's
 * configuration. An unknown kind is refused at `kind`.
 */
export const stepDefinitionSchema = z.discriminatedUnion('kind', [
  labelledSchema.extend({ kind: z.enum(builtInKinds) }).strict(),
  labelledSchema.extend({ kind: z.literal('form'), form: GENERIC_STEP_CONFIG.form }).strict(),
  labelledSchema.extend({ kind: z.literal('checklist'), checklist: GENERIC_STEP_CONFIG.checklist }).strict(),
  labelledSchema.extend({ kind: z.literal('document'), document: GENERIC_STEP_CONFIG.document }).strict(),
]);

export const phaseDefinitionSchema = z
  .object({
    key,
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    /** A decision point (beslutspunkt) decided by the steering group closes the phase: `true` for approve/return/stop, or its own outcomes. */
    gate: gateSchema.default(false),
    /** The phase's steps, completed in order (a recurring kind runs alongside). */
    steps: z.array(stepDefinitionSchema).max(50).default([]),
  })
  .strict();

const list = (max: number) => z.array(labelledSchema).max(max);

/** The lists and settings of a governed program, before defaults. Which lists a template must fill depends on its steps' kinds. */
const governanceShape = {
  /** Numbered effect goals (effektmål) that activities are traced to. */
  effectGoals: z.array(z.object({ number: z.number().int().positive(), text: localizedTextSchema }).strict()).max(50),
  /** Each gathered need gets exactly one of these. */
  needCategories: list(50),
  /** Who was asked, and how. */
  participantGroups: list(50),
  sessionKinds: list(10),
  /** The question set used when gathering needs. */
  questions: z.array(z.object({ key, text: localizedTextSchema, subQuestions: z.array(z.object({ key, text: localizedTextSchema }).strict()).default([]) }).strict()).max(30),
  focusAreas: z.object({ count: z.number().int().min(1).max(9), suggestions: z.array(labelledSchema).max(20) }).strict(),
  /** The rows of the activity matrix, narrowest first. */
  matrixLevels: list(10),
  methods: list(10),
  /** Roles of the collaboration model, with the bodies the seed names as a suggestion. */
  collaborationRoles: z.array(labelledSchema.extend({ suggestedBodies: z.array(z.string().min(1)).default([]) }).strict()).max(10),
  /** The decisions an activity's evaluation can take. */
  evaluationDecisions: list(10),
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
  communicationChannels: list(20),
  communicationAudiences: list(20),
  reminderPolicies: z.object({ default: reminderPolicySchema, gate: reminderPolicySchema, statusReport: reminderPolicySchema }).strict(),
  /** How long the project office, the gate owner and the activity owners get for their tasks. */
  durations: z.object({ step: windowDuration, gate: windowDuration, activityPlanning: windowDuration, activityEvaluation: windowDuration, yearlyCheckEvery: duration }).strict(),
  /**
   * The working-day calendar the program's tasks follow: their deadlines keep off its days off, and
   * working days (5WD) in the durations and reminder policies count its working days.
   */
  calendar: calendarChoiceSchema,
};

/** Reminders where a template names none: the seed's policies. */
export const DEFAULT_REMINDER_POLICIES = {
  default: { before: ['P3D', 'PT0S'], overdueEvery: 'P2D', maxOverdue: 5, escalateAfter: 'P5D' },
  gate: { before: ['P7D', 'P1D'], overdueEvery: 'P2D', maxOverdue: 5, escalateAfter: 'P7D' },
  statusReport: { before: ['P2D', 'PT0S'], overdueEvery: 'P1D', maxOverdue: 2 },
};

/**
 * What a phased program governs, from the template (a program may override any of it when it is
 * created): goals, need categories, the activity matrix, methods, the collaboration model, the
 * contact-person network's cadence, the reminder policies, the durations and the calendar. A list a
 * template's step kinds do not use may stay empty.
 */
export const governanceSchema = z
  .object({
    effectGoals: governanceShape.effectGoals.default([]),
    needCategories: governanceShape.needCategories.default([]),
    participantGroups: governanceShape.participantGroups.default([]),
    sessionKinds: governanceShape.sessionKinds.default([]),
    questions: governanceShape.questions.default([]),
    matrixLevels: governanceShape.matrixLevels.default([]),
    methods: governanceShape.methods.default([]),
    collaborationRoles: governanceShape.collaborationRoles.default([]),
    evaluationDecisions: governanceShape.evaluationDecisions.default([]),
    communicationChannels: governanceShape.communicationChannels.default([]),
    communicationAudiences: governanceShape.communicationAudiences.default([]),
    focusAreas: governanceShape.focusAreas.optional(),
    network: governanceShape.network.optional(),
    reminderPolicies: governanceShape.reminderPolicies.default(() => structuredClone(DEFAULT_REMINDER_POLICIES)),
    durations: governanceShape.durations.default(() => ({ ...DEFAULT_DURATIONS })),
    calendar: governanceShape.calendar.optional(),
  })
  .strict();

/** What a program may override when it is created: any of the governance lists or settings, whole (no defaults filled in). */
export const governanceOverrideSchema = z.object(governanceShape).partial().strict();

export const programTemplateSchema = z
  .object({
    /** The JSON Schema an editor checks the file against (ignored here). */
    $schema: z.string().max(500).optional(),
    key,
    version: z.number().int().min(1).max(10_000),
    kind: z.enum(['phased-program', 'cohort']),
    name: localizedTextSchema,
    description: localizedTextSchema,
    source: z.string().min(1).max(500),
    phases: z.array(phaseDefinitionSchema).min(1).max(30),
    governance: governanceSchema.optional(),
    cohort: cohortSchema.optional(),
    /** The portfolio overview's thresholds this template sets differently from the default (see portfolio-status). */
    portfolio: portfolioRulesSchema.optional(),
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
    t.phases.forEach((p, i) => {
      unique(p.steps, ['phases', i, 'steps'], 'step');
      if (typeof p.gate === 'object') {
        unique(p.gate.outcomes, ['phases', i, 'gate', 'outcomes'], 'outcome');
        unique(p.gate.material, ['phases', i, 'gate', 'material'], 'material');
        if (!p.gate.outcomes.some((o) => o.effect === 'next')) ctx.addIssue({ code: 'custom', path: ['phases', i, 'gate', 'outcomes'], message: "a decision point needs an outcome with effect 'next' (the program continues)" });
        p.gate.outcomes.forEach((o, j) => {
          const at = ['phases', i, 'gate', 'outcomes', j, 'to'];
          if (o.to && o.effect !== 'back') ctx.addIssue({ code: 'custom', path: at, message: "only an outcome with effect 'back' names a phase to go to" });
          if (o.effect === 'back') {
            const target = o.to ? t.phases.findIndex((q) => q.key === o.to) : i - 1;
            if (target < 0 || target >= i) ctx.addIssue({ code: 'custom', path: at, message: o.to ? `'${o.to}' is not an earlier phase of this template` : 'the first phase has no phase before it to go back to' });
          }
        });
      }
    });
    if (t.kind === 'phased-program' && t.cohort) ctx.addIssue({ code: 'custom', path: ['cohort'], message: 'a phased program has no cohort settings' });
    const g = t.governance;
    // Each step's kind needs the lists it works on.
    t.phases.forEach((p, i) =>
      p.steps.forEach((step, j) => {
        for (const list of STEP_KINDS.get(step.kind)?.needs ?? []) {
          const value = g?.[list];
          if (value === undefined || (Array.isArray(value) && value.length === 0)) {
            ctx.addIssue({ code: 'custom', path: ['governance', list], message: `required by step phases[${i}].steps[${j}] ('${step.key}', kind ${step.kind})` });
          }
        }
      }),
    );
    if (!g) return;
    for (const list of ['needCategories', 'participantGroups', 'sessionKinds', 'questions', 'matrixLevels', 'methods', 'collaborationRoles', 'evaluationDecisions', 'communicationChannels', 'communicationAudiences'] as const) {
      unique(g[list], ['governance', list], 'list');
    }
    g.effectGoals.forEach((goal, i) => {
      if (goal.number !== i + 1) ctx.addIssue({ code: 'custom', path: ['governance', 'effectGoals', i, 'number'], message: `effect goals are numbered 1, 2, 3 …; expected ${i + 1}` });
    });
    if (g.focusAreas) {
      unique(g.focusAreas.suggestions, ['governance', 'focusAreas', 'suggestions'], 'focus area');
      if (g.focusAreas.suggestions.length && g.focusAreas.suggestions.length !== g.focusAreas.count) {
        ctx.addIssue({ code: 'custom', path: ['governance', 'focusAreas', 'suggestions'], message: `suggest exactly ${g.focusAreas.count} focus areas, or none` });
      }
    }
  });

export type { LocalizedText } from './template-primitives.js';
export type PhaseDefinition = z.infer<typeof phaseDefinitionSchema>;
export type StepDefinition = z.infer<typeof stepDefinitionSchema>;
export type GateOutcome = z.infer<typeof outcomeSchema>;
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
  // A template with steps is governed even when it names no lists (every list empty, the default reminders and durations).
  if (!template.governance && !template.phases.some((p) => p.steps.length)) throw new TemplateValidationError(template.key, [{ path: 'governance', message: 'this template has no governance to override' }]);
  const parsed = governanceOverrideSchema.safeParse(override ?? {});
  if (!parsed.success) throw new TemplateValidationError(template.key, parsed.error.issues.map((i) => ({ path: ['governance', ...i.path].join('.'), message: i.message })));
  const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  return parseProgramTemplate({ ...template, governance: { ...(template.governance ?? {}), ...defined } }).governance!;
}

/** Validates template data (built-in or supplied by a municipality) and applies its defaults. */
export function parseProgramTemplate(data: unknown): ProgramTemplate {
  const result = programTemplateSchema.safeParse(data);
  if (!result.success) {
    const templateKey = typeof (data as { key?: unknown })?.key === 'string' ? (data as { key: string }).key : '(unknown)';
    throw new TemplateValidationError(
      templateKey,
      result.error.issues.map((i) => ({ path: templatePath(i.path), message: i.message })),
    );
  }
  return result.data;
}

/** The JSON Schema of a template file, generated from the same validation schema (cross-field rules are checked on load). */
export function templateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(programTemplateSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://governance-engine.invalid/schemas/program-template.schema.json',
    title: 'Program template (programmall)',
    description: 'A program the engine runs: its phases, their steps by kind, their decision points and the lists they use. Published by GET /templates/schema.',
  };
}

/** The same schema for an OpenAPI 3.0 document (the request body of POST /templates). */
export function templateOpenApiSchema(): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(programTemplateSchema, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
  return schema;
}
