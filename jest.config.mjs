import { base } from './jest.shared.mjs';

export default {
  ...base,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,workflows,test}/**/*.spec.ts'],
};
