// Every workflow the worker registers. Deterministic code only: see workflows/determinism.spec.ts.
export { governanceProgram } from './governance-program.workflow.js';
