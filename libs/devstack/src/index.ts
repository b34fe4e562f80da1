export * from './child-process.js';
export * from './embedded-postgres.js';
export * from './free-port.js';
export * from './project-root.js';
export * from './temporal-cli.js';
export * from './temporal-dev-server.js';
export * from './skola-forst-seed.js';
export * from './skola-forst-demo.js';
