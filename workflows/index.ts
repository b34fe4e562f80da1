// Every workflow the worker registers. Deterministic code only: see workflows/determinism.spec.ts.
export { governanceProgram } from './governance-program.workflow.js';
export { humanTask } from './human-task.workflow.js';
