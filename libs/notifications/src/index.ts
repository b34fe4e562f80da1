export * from './notification-channel.js';
export * from './outbox-dispatcher.js';
export * from './task-notice.templates.js';
