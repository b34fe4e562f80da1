export * from './program-workflows.js';
export * from './temporal-client.module.js';
export * from './temporal-connection.js';
export * from './start-workflow.js';
export * from './task-workflows.js';
export * from './personal-data-guard.js';
export * from './cohort-workflows.js';
