/** Unit tests of the portal's server-side helpers: `*.spec.ts` next to the code. */
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/server/**/*.spec.ts', '<rootDir>/lib/**/*.spec.ts'],
  // The portal's own alias (apps/web/tsconfig.json): `@/lib/…` is apps/web/lib/….
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', ...preset.moduleNameMapper },
};
