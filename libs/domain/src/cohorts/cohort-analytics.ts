import { KNOWLEDGE_LEVELS, type KnowledgeLevel } from './study-plan.js';

export interface ProgressReport {
  participantId: string;
  week: number;
  /** Items completed that week. */
  completed: number;
}

/** Completed items per week over the cohort (weeks 1..n, zeros included). */
export function completedPerWeek(reports: readonly ProgressReport[], weeks: number): number[] {
  const out = Array<number>(weeks).fill(0);
  for (const r of reports) if (r.week >= 1 && r.week <= weeks) out[r.week - 1] += r.completed;
  return out;
}

/** Share of participants who have started (≥ 1 item) and finished (all items) each module. */
export function moduleShares(
  modules: readonly { key: string; items: number }[],
  doneByParticipant: ReadonlyMap<string, ReadonlyMap<string, number>>,
): { module: string; started: number; finished: number }[] {
  const n = doneByParticipant.size || 1;
  return modules.map((m) => {
    let started = 0;
    let finished = 0;
    for (const done of doneByParticipant.values()) {
      const d = done.get(m.key) ?? 0;
      if (d > 0) started++;
      if (d >= m.items) finished++;
    }
    return { module: m.key, started: started / n, finished: finished / n };
  });
}

/**
 * Participants per knowledge level at each assessment week: the development over time, counted per
 * the cohort's levels (`levels`, lowest first; each one counted, zeros included). A level assessed
 * but no longer among them is counted after them.
 */
export function levelDevelopment(
  assessments: readonly { participantId: string; week: number; level: KnowledgeLevel }[],
  levelKeys: readonly KnowledgeLevel[] = KNOWLEDGE_LEVELS,
): { week: number; levels: Record<KnowledgeLevel, number> }[] {
  const weeks = [...new Set(assessments.map((a) => a.week))].sort((a, b) => a - b);
  return weeks.map((week) => {
    // Each participant's latest assessment up to this week.
    const latest = new Map<string, KnowledgeLevel>();
    for (const a of [...assessments].sort((x, y) => x.week - y.week)) if (a.week <= week) latest.set(a.participantId, a.level);
    const levels: Record<KnowledgeLevel, number> = Object.fromEntries(levelKeys.map((k) => [k, 0]));
    for (const level of latest.values()) levels[level] = (levels[level] ?? 0) + 1;
    return { week, levels };
  });
}

/**
 * Weeks ahead (positive) or behind a reference cohort, week by week: when this cohort had
 * completed C items per participant by week w, the reference reached C at week w′; the figure is
 * w′ − w (interpolated), as the seed reports being "1–2 weeks ahead".
 */
export function weeksAheadOfReference(perParticipantCumulative: readonly number[], referenceCumulative: readonly number[]): number[] {
  return perParticipantCumulative.map((c, i) => {
    const week = i + 1;
    let previous = 0;
    for (let j = 0; j < referenceCumulative.length; j++) {
      const r = referenceCumulative[j];
      if (c <= r) {
        const within = r === previous ? 1 : (c - previous) / (r - previous);
        return Math.round((j + within - week) * 10) / 10;
      }
      previous = r;
    }
    return Math.round((referenceCumulative.length - week) * 10) / 10;
  });
}

/** Running totals. */
export function cumulative(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

