import nx from '@nx/eslint-plugin';
import importPlugin from 'eslint-plugin-import';
import prettier from 'eslint-config-prettier';

/** apps/web: `@/lib/…` instead of `../../lib/…`; one `../` is the deepest relative import. */
const NO_DEEP_RELATIVE = {
  group: ['../../*'],
  message: 'Import through the @/ alias (apps/web/tsconfig.json) instead of climbing more than one folder.',
};

/** apps/web: the API is called through one client per area (lib/<area>-api.ts), never directly. */
const ONLY_API_CLIENTS = {
  group: ['@/lib/api', './api'],
  message: 'Call the API through its area client in lib/*-api.ts (add the call there).',
};

/** apps/web: server actions live in lib/actions/ or come in as props; app/ holds routes only. */
const NO_APP_IMPORTS = {
  group: ['@/app', '@/app/*', '../app/*', './app/*'],
  message: 'Components and lib never import from app/: move the code to lib/ (server actions: lib/actions/).',
};

const DATA_ACCESS_MESSAGE =
  "Data access belongs in a repository: declare the query on the module's repository port and implement it in typeorm-<name>.repository.ts.";

/** apps/api: the packages that reach the database. */
const DATA_ACCESS_IMPORTS = ['typeorm', 'pg', '@nestjs/typeorm'].map((name) => ({
  name,
  message: DATA_ACCESS_MESSAGE,
}));

/** apps/api: database handles by name, and SQL run through `.query(…)`. */
const DATA_ACCESS_SYNTAX = [
  { selector: 'Identifier[name=/^(DataSource|EntityManager|QueryRunner)$/]', message: DATA_ACCESS_MESSAGE },
  { selector: "CallExpression[callee.property.name='query']", message: DATA_ACCESS_MESSAGE },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', '**/tmp', '**/coverage', '**/*.d.ts'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { typescript: { project: ['tsconfig.base.json'] }, node: true },
      'import/internal-regex': '^@healthsync/',
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:testing'],
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared', 'scope:testing'],
            },
            { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:testing', 'scope:shared'] },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'mongoose',
                'next',
                'next/*',
                'react',
                'react-dom',
                'pg',
              ],
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: ['class-validator', 'class-transformer'],
            },
          ],
        },
      ],
      'import/no-cycle': ['error', { maxDepth: 10 }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    // Nest injects by the constructor parameter types that decorator metadata records, so a class
    // used only in a decorated constructor is a value import, not a type import.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The portal resolves its own `@/` alias (apps/web/tsconfig.json).
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    settings: {
      'import/resolver': { typescript: { project: ['apps/web/tsconfig.json'] }, node: true },
    },
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_DEEP_RELATIVE, ONLY_API_CLIENTS] }] },
  },
  {
    // Pages and route handlers use components and lib; never the other way round.
    files: ['apps/web/components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_DEEP_RELATIVE, ONLY_API_CLIENTS, NO_APP_IMPORTS] }],
    },
  },
  {
    // lib is below components: what a component and a server action share lives in lib.
    files: ['apps/web/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_DEEP_RELATIVE,
            ONLY_API_CLIENTS,
            NO_APP_IMPORTS,
            { group: ['@/components/*'], message: 'lib never imports components.' },
          ],
        },
      ],
    },
  },
  {
    // The area clients are where the transport is used (and specs stand in for it).
    files: ['apps/web/lib/*-api.ts', 'apps/web/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_DEEP_RELATIVE,
            NO_APP_IMPORTS,
            { group: ['@/components/*'], message: 'lib never imports components.' },
          ],
        },
      ],
    },
  },
  {
    // apps/api: data access lives in repositories (issue 11). Only repository implementations,
    // entities, migrations, the database layer and the document stores' PostgreSQL backend touch
    // TypeORM, pg, a DataSource or an EntityManager; module files may register entities.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/**/*.repository.ts',
      'apps/api/src/**/*.entity.ts',
      'apps/api/src/**/*.entities.ts',
      'apps/api/src/database/**',
      'apps/api/src/documents/postgres/**',
      'apps/api/src/**/*.spec.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: DATA_ACCESS_IMPORTS, patterns: ['typeorm/*', 'pg/*'] }],
      'no-restricted-syntax': ['error', ...DATA_ACCESS_SYNTAX],
    },
  },
  {
    // A module file registers its entities with TypeOrmModule.forFeature and nothing more.
    files: ['apps/api/src/**/*.module.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: DATA_ACCESS_IMPORTS.filter(({ name }) => name !== '@nestjs/typeorm') },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tool configuration files share the workspace's Jest preset by path; they are not code of a project.
    files: ['**/jest.*.cjs', '**/jest.config.cjs', '**/webpack.config.cjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
];
