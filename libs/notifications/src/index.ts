export * from './calendar-invitation.js';
export * from './digest.js';
export * from './outbox-dispatcher.js';
export * from './task-notice.templates.js';
export * from './webhook-signature.js';
export * from './webhook-target.js';
