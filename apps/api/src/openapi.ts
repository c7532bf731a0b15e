import 'reflect-metadata';

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from './app.module';
import { API_PREFIX } from './app.setup';
import { createLogger } from './common/logging/logger';
import { buildOpenApiDocument } from './common/openapi/openapi';
import { AppConfig } from './config/app-config';

/**
 * Writes the OpenAPI document without a database or Redis: preview mode builds the module graph
 * and routes but instantiates no provider. Usage: node dist/apps/api/openapi.js <file>
 */
async function exportOpenApi(target: string): Promise<void> {
  const config = AppConfig.fromEnvironment({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://preview@127.0.0.1/preview',
  });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, createLogger('silent')),
    {
      preview: true,
      logger: false,
    },
  );
  app.setGlobalPrefix(API_PREFIX);
  const document = buildOpenApiDocument(app);
  mkdirSync(dirname(resolve(target)), { recursive: true });
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: node dist/apps/api/openapi.js <file>\n');
  process.exit(2);
}
exportOpenApi(target).catch((error: Error) => {
  process.stderr.write(`OpenAPI export failed: ${error.message}\n`);
  process.exit(1);
});
