export * from './notification-channel.js';
