// What workflow code may use from the domain: pure rules only, and nothing that loads the schema
// library — Temporal evaluates the workflow bundle's modules once per workflow instance.
export * from './tasks/iso-duration.js';
export * from './tasks/reminder-policy.js';
export * from './calendar/index.js';
export * from './programs/program-plan.js';
export * from './programs/network-schedule.js';
export type { ActivityStatus, EvaluationDecision } from './programs/activity-matrix.js';
export type { GateDecision, TaskPurpose } from './programs/phase-steps.js';
export { offersToMake, admissionRefusal, LIST_KINDS, type ListKind } from './cohorts/admission.js';
export { studyPlan, levelFactorOf, weeksAhead, proposeAdvancedTrack, plannedThrough, accessibleModules } from './cohorts/study-plan.js';
export { compiledCohortSettings } from './templates/cohort-plans.js';
export type { JourneyPlan } from './cohorts/journey-plan.js';
