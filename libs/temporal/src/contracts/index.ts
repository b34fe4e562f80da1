// The contracts module: every workflow name, query, signal, update and activity interface is
// declared once here and imported by both the API and the workflows, so they cannot drift.
// Only @temporalio/workflow definitions and plain types belong here.
export * from './audit.activities.js';
export * from './program.contract.js';
export * from './task.contract.js';
export * from './cohort.contract.js';
