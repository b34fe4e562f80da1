export * from './data-source.js';
export * from './entities/audit-event.entity.js';
export * from './entities/program.entity.js';
export * from './persistence.module.js';
export * from './repositories/audit-event.repository.js';
export * from './repositories/program.repository.js';
