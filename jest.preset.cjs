/** Shared Jest settings: TypeScript through ts-jest, Nest 12's ESM through tools/jest, workspace aliases. */
const path = require('node:path');

const root = __dirname;

const aliases = require('./tools/workspace-aliases.cjs');

// globalSetup/globalTeardown run outside Jest's module system, where moduleNameMapper does not apply.
require('tsconfig-paths').register({ baseUrl: root, paths: aliases });

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': [
      path.join(root, 'tools/jest/nest-esm-transformer.cjs'),
      { tsconfig: path.join(root, 'tsconfig.spec.json'), diagnostics: false },
    ],
  },
  // ESM-only packages Jest on Node 20 cannot require: Nest 12, and otplib's crypto and base32 dependencies.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@noble|@scure)/)'],
  setupFiles: ['reflect-metadata'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: Object.fromEntries(
    Object.entries(aliases).map(([alias, [target]]) => [
      `^${alias.replace('*', '(.*)')}$`,
      path.join(root, target.replace('*', '$1')),
    ]),
  ),
  reporters: ['default', path.join(root, 'tools/jest/summary-reporter.cjs')],
  cacheDirectory: path.join(root, '.nx/jest-cache'),
};
