export * from './program-workflows.js';
export * from './temporal-client.module.js';
export * from './temporal-connection.js';
