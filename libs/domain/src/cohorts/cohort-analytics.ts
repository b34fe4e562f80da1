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


/** A cohort event that decides who took part: a place given, a withdrawal, the journey's start, a dropout. */
export interface ParticipationEvent {
  type: 'admitted' | 'withdrawn' | 'started' | 'dropped-out';
  personId: string;
}

export interface Participation {
  /** Everyone given a place (an accepted offer included), each once. */
  admitted: string[];
  /** Withdrew before their journey started (no assessment yet): not participants, not dropouts. */
  withdrawnBeforeStart: string[];
  /** The participants who started: the admitted less those who withdrew before the start; every share's denominator. */
  started: string[];
  /** Left after starting: dropped out on their journey, or withdrawn from the cohort once started. */
  droppedOut: string[];
}

/**
 * Who took part in a cohort, from its events in order. A withdrawal before the start (the
 * assessment) is not a dropout, and the person is no participant; one after it is a dropout. A
 * person withdrawn and later given a place again counts by what happened last.
 */
export function participation(events: readonly ParticipationEvent[]): Participation {
  const admitted = new Set<string>();
  const started = new Set<string>();
  const withdrawnBefore = new Set<string>();
  const dropped = new Set<string>();
  for (const e of events) {
    if (e.type === 'admitted') {
      admitted.add(e.personId);
      withdrawnBefore.delete(e.personId);
    } else if (e.type === 'started') {
      started.add(e.personId);
    } else if (e.type === 'dropped-out') {
      dropped.add(e.personId);
    } else if (admitted.has(e.personId)) {
      if (started.has(e.personId)) dropped.add(e.personId);
      else withdrawnBefore.add(e.personId);
    }
  }
  const order = [...admitted];
  return {
    admitted: order,
    withdrawnBeforeStart: order.filter((p) => withdrawnBefore.has(p)),
    started: order.filter((p) => !withdrawnBefore.has(p)),
    droppedOut: order.filter((p) => dropped.has(p) && !withdrawnBefore.has(p)),
  };
}
