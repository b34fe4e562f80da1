export * from './templates/program-template.js';
export * from './templates/template-registry.js';
