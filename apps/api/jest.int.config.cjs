/** Integration tests: `*.int-spec.ts` against the real PostgreSQL and Redis, in a database of their own. */
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-int',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/integration/global-setup.ts',
  globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
};
