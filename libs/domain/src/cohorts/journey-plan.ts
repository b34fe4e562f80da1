import type { CohortModule } from './study-plan.js';

/**
 * What a participant's journey workflow runs on, from the cohort's template when the cohort
 * starts: the modules with their items and prerequisites, the study and project weeks, the pace
 * profiles and knowledge levels with their factors, the advanced-track rule. Keys and numbers only
 * (no labels), so a template edited later never changes a running journey's replay.
 */
export interface JourneyPlan {
  modules: CohortModule[];
  studyWeeks: number;
  projectWeeks: number;
  paceProfiles: { key: string; factor: number }[];
  knowledgeLevels: { key: string; factor?: number }[];
  advancedTrack: { minWeeksAhead: number };
}

/** The journey plan of a cohort template's settings. */
export function journeyPlanOf(c: {
  modules: { key: string; items: { key: string }[]; requires?: string[] }[];
  studyWeeks: number;
  projectWeeks: number;
  paceProfiles: { key: string; factor: number }[];
  knowledgeLevels: { key: string; factor?: number }[];
  advancedTrack: { minWeeksAhead: number };
}): JourneyPlan {
  return {
    modules: c.modules.map((m) => ({ key: m.key, items: m.items.map((i) => ({ key: i.key })), requires: [...(m.requires ?? [])] })),
    studyWeeks: c.studyWeeks,
    projectWeeks: c.projectWeeks,
    paceProfiles: c.paceProfiles.map((p) => ({ key: p.key, factor: p.factor })),
    knowledgeLevels: c.knowledgeLevels.map((l) => (l.factor === undefined ? { key: l.key } : { key: l.key, factor: l.factor })),
    advancedTrack: { minWeeksAhead: c.advancedTrack.minWeeksAhead },
  };
}
