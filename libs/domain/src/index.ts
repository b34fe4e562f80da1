export * from './templates/program-template.js';
export * from './templates/template-registry.js';
export * from './access/roles.js';
export * from './organizations/organization-types.js';
