/** Lets the TypeORM CLI load the API's TypeScript entities and migrations: ts-node plus the workspace aliases. */
const { join } = require('node:path');

const root = join(__dirname, '../..');
process.env.TS_NODE_PROJECT ??= join(root, 'apps/api/tsconfig.typeorm.json');
require('ts-node/register');
require('tsconfig-paths').register({ baseUrl: root, paths: require('../workspace-aliases.cjs') });
