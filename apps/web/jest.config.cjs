/** Unit tests of the portal's server-side helpers: `*.spec.ts` next to the code. */
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/server/**/*.spec.ts', '<rootDir>/lib/**/*.spec.ts'],
};
