const { join } = require('node:path');
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');

/** Bundles the API's own code (and the workspace libraries) into one CommonJS file; node_modules stay external. */
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api') },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [
        { entryName: 'openapi', entryPath: './src/openapi.ts' },
        { entryName: 'create-admin', entryPath: './src/cli/create-admin.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      outputHashing: 'none',
      generatePackageJson: false,
      optimization: false,
      sourceMap: true,
      // Reads class-validator rules and doc comments of DTOs (here and in libs/contracts) into OpenAPI.
      transformers: [
        {
          name: '@nestjs/swagger/plugin',
          options: {
            classValidatorShim: true,
            introspectComments: true,
            dtoFileNameSuffix: ['.dto.ts', '.responses.ts', '.ts'],
          },
        },
      ],
    }),
  ],
};
