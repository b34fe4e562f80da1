export * from './templates/program-template.js';
export * from './templates/template-registry.js';
export * from './access/roles.js';
export * from './organizations/organization-types.js';
export * from './tasks/answer-form.js';
export * from './tasks/iso-duration.js';
export * from './tasks/reminder-policy.js';
export * from './notifications/channels.js';
