// Every workflow the worker registers. Deterministic code only: see workflows/determinism.spec.ts.
export { governanceProgram } from './governance-program.workflow.js';
export { programPhase } from './program-phase.workflow.js';
export { contactNetwork } from './contact-network.workflow.js';
export { programActivity } from './program-activity.workflow.js';
export { humanTask } from './human-task.workflow.js';
export { cohortLifecycle } from './cohort.workflow.js';
export { participantJourney } from './participant-journey.workflow.js';
