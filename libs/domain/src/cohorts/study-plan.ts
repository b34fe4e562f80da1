/** The course material: modules in order, each with items and the modules it requires first. */
export interface CohortModule {
  key: string;
  items: { key: string }[];
  /** Modules whose knowledge this one needs ("every piece in place before the next step"). */
  requires: string[];
}

/** The key of one of the knowledge levels a cohort's template declares (lowest first). */
export type KnowledgeLevel = string;
/** Fast Track's three levels, lowest first: the default where no levels are given. */
export const KNOWLEDGE_LEVELS: readonly KnowledgeLevel[] = ['basic', 'good', 'very-good'];

export interface PlanInput {
  modules: readonly CohortModule[];
  /** Study weeks before project work. */
  weeks: number;
  /** Pace profile factor: 1 = the planned pace, 0.8 slower, 1.25 faster. */
  pace: number;
  level: KnowledgeLevel;
  /** How prior knowledge at `level` speeds the plan (the template's factor for it); Fast Track's own factors without it. */
  levelFactor?: number;
  universityStudies: boolean;
  /** Ambition factor agreed in the conversation (1 = as planned). */
  ambition: number;
}

export interface PlanWeek {
  week: number;
  /** Module item keys, `module/item`. */
  items: string[];
}

/** Fast Track's factors, for a level without one of its own; any other level plans at 1. */
const LEVEL_FACTOR: Readonly<Record<string, number>> = { basic: 0.85, good: 1, 'very-good': 1.15 };

/** The plan factor of a knowledge level: its own (from the template), Fast Track's for its three levels, else 1. */
export function levelFactorOf(levels: readonly { key: string; factor?: number }[], level: KnowledgeLevel): number {
  return levels.find((l) => l.key === level)?.factor ?? LEVEL_FACTOR[level] ?? 1;
}

/** Modules in an order where each comes after those it requires; throws on a cycle or an unknown module. */
export function moduleOrder(modules: readonly CohortModule[]): CohortModule[] {
  const byKey = new Map(modules.map((m) => [m.key, m]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: CohortModule[] = [];
  const visit = (m: CohortModule) => {
    if (done.has(m.key)) return;
    if (visiting.has(m.key)) throw new Error(`Module ${m.key} requires itself through its prerequisites`);
    visiting.add(m.key);
    for (const r of m.requires) {
      const req = byKey.get(r);
      if (!req) throw new Error(`Module ${m.key} requires unknown module ${r}`);
      visit(req);
    }
    visiting.delete(m.key);
    done.add(m.key);
    out.push(m);
  };
  modules.forEach(visit);
  return out;
}

/**
 * A tailored weekly plan: every item of every module in prerequisite order, spread over the weeks
 * at a rate adapted to pace, prior knowledge, university studies and ambition. A faster plan
 * finishes early (the remaining weeks are free for the advanced track); a slower one runs on
 * beyond the planned weeks rather than dropping material.
 */
export function studyPlan(input: PlanInput): PlanWeek[] {
  const items = moduleOrder(input.modules).flatMap((m) => m.items.map((i) => `${m.key}/${i.key}`));
  const factor = input.pace * (input.levelFactor ?? LEVEL_FACTOR[input.level] ?? 1) * (input.universityStudies ? 1.1 : 1) * input.ambition;
  const perWeek = Math.max(1, (items.length / Math.max(1, input.weeks)) * factor);
  const weeks: PlanWeek[] = [];
  let planned = 0;
  for (let week = 1; planned < items.length; week++) {
    const upTo = Math.min(items.length, Math.round(perWeek * week));
    weeks.push({ week, items: items.slice(planned, upTo) });
    planned = upTo;
  }
  return weeks;
}

/** Items planned up to and including `week`. */
export function plannedThrough(plan: readonly PlanWeek[], week: number): number {
  return plan.filter((w) => w.week <= week).reduce((n, w) => n + w.items.length, 0);
}

/**
 * How many weeks ahead (positive) or behind (negative) of its plan a participant is after `week`,
 * with `completed` items done: the plan week by which that many items were due, minus `week`,
 * interpolated within a week.
 */
export function weeksAhead(plan: readonly PlanWeek[], completed: number, week: number): number {
  let cumulative = 0;
  for (const w of plan) {
    const next = cumulative + w.items.length;
    if (completed <= next) {
      const within = w.items.length ? (completed - cumulative) / w.items.length : 1;
      return Math.round((w.week - 1 + within - week) * 10) / 10;
    }
    cumulative = next;
  }
  return Math.round(((plan.at(-1)?.week ?? 0) - week) * 10) / 10;
}

/** Participants far enough ahead are proposed for the advanced track (the project office decides). */
export function proposeAdvancedTrack(weeksAheadOfPlan: number, minWeeksAhead: number): boolean {
  return weeksAheadOfPlan >= minWeeksAhead;
}

/** Items done per module for a participant who completed `completed` items in plan (prerequisite) order. */
export function itemsDonePerModule(ordered: readonly CohortModule[], completed: number): Map<string, number> {
  let left = completed;
  const done = new Map<string, number>();
  for (const m of ordered) {
    const d = Math.min(left, m.items.length);
    done.set(m.key, d);
    left -= d;
  }
  return done;
}

/**
 * The modules whose course material is open to a participant: those whose required modules are
 * all finished ("every piece in place before the next step"), in plan order. Material is granted
 * module by module as the prerequisites are completed.
 */
export function accessibleModules(modules: readonly CohortModule[], completed: number): string[] {
  const ordered = moduleOrder(modules);
  const done = itemsDonePerModule(ordered, completed);
  const finished = (key: string) => done.get(key) === ordered.find((m) => m.key === key)!.items.length;
  return ordered.filter((m) => m.requires.every(finished)).map((m) => m.key);
}
