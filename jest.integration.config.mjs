import { base } from './jest.shared.mjs';

// Integration specs run against a real PostgreSQL and a real Temporal dev server,
// both started by the global setup on free ports and torn down afterwards.
export default {
  ...base,
  displayName: 'integration',
  reporters: ['default', ['<rootDir>/test/support/closing-line-reporter.mjs', { name: 'integration' }]],
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  testTimeout: 120_000,
};
