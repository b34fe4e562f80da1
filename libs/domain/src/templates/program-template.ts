import { z } from 'zod';
import { isDuration } from '../tasks/iso-duration.js';
import { workingDaysOf } from '../calendar/working-day-duration.js';
import { BUILT_IN_CALENDARS } from '../calendar/calendars.js';
import { reminderPolicyErrors, type ReminderPolicy } from '../tasks/reminder-policy.js';
import { DEFAULT_DURATIONS } from './template-defaults.js';
import { moduleOrder } from '../cohorts/study-plan.js';

export { DEFAULT_DURATIONS };

const key = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'a lower-case key of letters, digits and dashes');

/** Swedish label with the English one beside it, as the UI shows them. */
export const localizedTextSchema = z.object({ sv: z.string().min(1), en: z.string().min(1) }).strict();

/** Something a program names and the UI labels: a category, a level, a method, a role … */
export const labelledSchema = z.object({ key, name: localizedTextSchema, description: localizedTextSchema.optional() }).strict();

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

const duration = z.string().refine(isDuration, 'an ISO 8601 duration such as P3D or PT12H (no years or months)');
/** A built-in working-day calendar and what counts as a day off. */
const calendarChoiceSchema = z
  .object({ key: z.enum(BUILT_IN_CALENDARS.map((c) => c.key) as [string, ...string[]]), basis: z.enum(['working-days', 'school-year']).default('working-days') })
  .strict();

/** A window that may also be counted in working days (3WD) of the calendar it follows. */
const windowDuration = z.string().refine((d) => isDuration(d) || workingDaysOf(d) !== null, 'an ISO 8601 duration such as P3D or PT12H (no years or months), or working days such as 3WD');
const reminderPolicySchema = z.custom<ReminderPolicy>((v) => typeof v === 'object' && v !== null && reminderPolicyErrors(v as ReminderPolicy).length === 0, {
  message: 'a reminder policy: {"before":["P3D","PT0S"],"overdueEvery":"P2D","escalateAfter":"P5D"}',
});

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

/**
 * What a cohort program (Fast Track) governs: the stages' durations, the capacity, the order of the
 * three lists, the modules with their items and prerequisites, the study weeks, pace profiles,
 * knowledge levels, the advanced-track rule and the reminder policies.
 */
export const cohortSchema = z
  .object({
    capacity: z.number().int().min(1).max(100_000),
    /** How many the info meeting is planned for. */
    infoMeetingSeats: z.number().int().min(1).max(100_000),
    /** How long interest registration stays open after the info meeting. */
    interestWindow: duration,
    /** How long an interviewer has for an interview task. */
    interviewDue: duration,
    /** How long a person has to answer an offered place. */
    offerResponse: windowDuration,
    /** Who is offered a freed place first. */
    listOrder: z.array(z.enum(['waiting', 'active-interest', 'passive-interest'])).length(3),
    studyWeeks: z.number().int().min(1).max(104),
    projectWeeks: z.number().int().min(0).max(52),
    modules: z
      .array(labelledSchema.extend({ items: z.array(labelledSchema).min(1).max(200), requires: z.array(key).default([]) }).strict())
      .min(1)
      .max(50),
    paceProfiles: z.array(labelledSchema.extend({ factor: z.number().min(0.25).max(4) }).strict()).min(1).max(10),
    knowledgeLevels: z.array(labelledSchema).length(3),
    /** Participants at least this many weeks ahead of their plan are proposed for the advanced track. */
    advancedTrack: z.object({ minWeeksAhead: z.number().min(0.5).max(52) }).strict(),
    reminderPolicies: z.object({ default: reminderPolicySchema, interview: reminderPolicySchema, offer: reminderPolicySchema, weeklyProgress: reminderPolicySchema }).strict(),
  })
  .strict();

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
    const c = t.cohort;
    if (c) {
      if (new Set(c.listOrder).size !== 3) ctx.addIssue({ code: 'custom', path: ['cohort', 'listOrder'], message: 'name each of the three lists once' });
      unique(c.modules, ['cohort', 'modules'], 'module');
      unique(c.paceProfiles, ['cohort', 'paceProfiles'], 'pace profile');
      const keys = new Set(c.modules.map((m) => m.key));
      c.modules.forEach((m, i) => {
        unique(m.items, ['cohort', 'modules', i, 'items'], 'item');
        m.requires.forEach((r, j) => {
          if (!keys.has(r)) ctx.addIssue({ code: 'custom', path: ['cohort', 'modules', i, 'requires', j], message: `unknown module '${r}'` });
        });
      });
      try {
        moduleOrder(c.modules.map((m) => ({ key: m.key, items: m.items, requires: m.requires.filter((r) => keys.has(r)) })));
      } catch (err) {
        ctx.addIssue({ code: 'custom', path: ['cohort', 'modules'], message: (err as Error).message });
      }
    }
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
export type CohortSettings = z.infer<typeof cohortSchema>;
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
