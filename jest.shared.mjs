// Shared by the unit and integration configs: TypeScript through SWC into native ESM
// (NestJS 12 ships ESM only, so Jest runs with --experimental-vm-modules).
export const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

// CommonJS packages that require() an ESM-only dependency (@fastify/static → content-disposition@3)
// need that dependency compiled to CommonJS: Jest on Node 20 has no require(esm).
const esmOnlyRequiredFromCjs = ['content-disposition'];
const cjsTransform = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

export const base = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    [`/node_modules/(${esmOnlyRequiredFromCjs.join('|')})/.+\\.js$`]: cjsTransform,
    '^.+\\.ts$': swcTransform,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyRequiredFromCjs.join('|')})/)`],
  moduleNameMapper: {
    '^@gov/temporal/contracts$': '<rootDir>/libs/temporal/src/contracts/index.ts',
    '^@gov/domain/workflow$': '<rootDir>/libs/domain/src/workflow.ts',
    '^@gov/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};
