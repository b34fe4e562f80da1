import { z } from 'zod';
import { RESERVED_LIST_KEYS } from '../cohorts/admission.js';
import { moduleOrder } from '../cohorts/study-plan.js';
import { duration, key, labelledSchema, reminderPolicySchema, windowDuration } from './template-primitives.js';

/**
 * What a cohort program (Fast Track, Yrkessvenska …) governs: the stages' durations, the capacity,
 * the lists people wait on (in offer order), the modules with their items and prerequisites, the
 * study weeks, pace profiles, knowledge levels, the advanced-track rule and the reminder policies.
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
    /**
     * The lists those not (yet) admitted wait on, in offer order: a freed place goes to the first
     * list's earliest joiner, then on down the lists. Any number, each key once.
     */
    lists: z.array(labelledSchema).min(1).max(20),
    studyWeeks: z.number().int().min(1).max(104),
    projectWeeks: z.number().int().min(0).max(52),
    modules: z
      .array(labelledSchema.extend({ items: z.array(labelledSchema).min(1).max(200), requires: z.array(key).default([]) }).strict())
      .min(1)
      .max(50),
    paceProfiles: z.array(labelledSchema.extend({ factor: z.number().min(0.25).max(4) }).strict()).min(1).max(10),
    /**
     * The prior-knowledge levels an assessment chooses from, lowest first (two or more). `factor`:
     * how much faster (above 1) or slower the study plan runs at that level; Fast Track's own
     * factors (basic 0.85, good 1, very good 1.15) for its keys without one, else 1.
     */
    knowledgeLevels: z.array(labelledSchema.extend({ factor: z.number().min(0.25).max(4).optional() }).strict()).min(2).max(10),
    /** Participants at least this many weeks ahead of their plan are proposed for the advanced track. */
    advancedTrack: z.object({ minWeeksAhead: z.number().min(0.5).max(52) }).strict(),
    reminderPolicies: z.object({ default: reminderPolicySchema, interview: reminderPolicySchema, offer: reminderPolicySchema, weeklyProgress: reminderPolicySchema }).strict(),
  })
  .strict();


export type CohortSettings = z.infer<typeof cohortSchema>;

/** What the schema alone cannot say of a cohort's settings, with paths inside `cohort`. */
export function cohortProblems(c: CohortSettings): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const unique = (items: { key: string }[], path: (string | number)[], what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.key)) problems.push({ path: [...path, i, 'key'], message: `duplicate ${what} key '${item.key}'` });
      seen.add(item.key);
    });
  };
  unique(c.lists, ['lists'], 'list');
  c.lists.forEach((l, i) => {
    if (RESERVED_LIST_KEYS.includes(l.key)) problems.push({ path: ['lists', i, 'key'], message: `'${l.key}' is a status in the cohort, not a list: choose another key` });
  });
  unique(c.knowledgeLevels, ['knowledgeLevels'], 'knowledge level');
  c.knowledgeLevels.forEach((l, i) => {
    const before = c.knowledgeLevels.slice(0, i).findLast((x) => x.factor !== undefined)?.factor;
    if (l.factor !== undefined && before !== undefined && l.factor < before) {
      problems.push({ path: ['knowledgeLevels', i, 'factor'], message: `knowledge levels go lowest first: factor ${l.factor} is below the previous level's ${before}` });
    }
  });
  unique(c.modules, ['modules'], 'module');
  unique(c.paceProfiles, ['paceProfiles'], 'pace profile');
  const keys = new Set(c.modules.map((m) => m.key));
  c.modules.forEach((m, i) => {
    unique(m.items, ['modules', i, 'items'], 'item');
    m.requires.forEach((r, j) => {
      if (!keys.has(r)) problems.push({ path: ['modules', i, 'requires', j], message: `unknown module '${r}'` });
    });
  });
  try {
    moduleOrder(c.modules.map((m) => ({ key: m.key, items: m.items, requires: m.requires.filter((r) => keys.has(r)) })));
  } catch (err) {
    problems.push({ path: ['modules'], message: (err as Error).message });
  }
  return problems;
}
