import { base } from './jest.shared.mjs';

export default {
  ...base,
  displayName: 'unit',
  reporters: ['default', ['<rootDir>/test/support/closing-line-reporter.mjs', { name: 'unit' }]],
  testMatch: ['<rootDir>/{apps,libs,workflows,test}/**/*.spec.ts'],
};
