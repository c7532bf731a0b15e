/** The workspace's import aliases (as in tsconfig.base.json), for tools that run TypeScript outside the bundler. */
module.exports = {
  '@healthsync/contracts/*': ['libs/contracts/src/*'],
  '@healthsync/domain/*': ['libs/domain/src/*'],
  '@healthsync/testing/*': ['libs/testing/src/*'],
};
