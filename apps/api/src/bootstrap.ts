import { NestFactory } from '@nestjs/core';
import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';

import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { answerClientErrorsAsProblems } from './common/filters/client-error.handler';
import { unmatchedRouteHandler } from './common/filters/problem-details.filter';
import { NestPinoLogger } from './common/logging/nest-logger';
import { REDIS } from './common/redis/redis.module';
import type { RedisConnection } from './common/redis/redis-connection';
import type { AppConfig } from './config/app-config';
import { DemoSeeder } from './database/seeding/demo-seeder';
import { RedisIoAdapter } from './modules/notifications/live/redis-io.adapter';

export interface StartedApi {
  app: NestExpressApplication;
  demoLogins: string[];
}

/**
 * Builds, migrates, seeds (in demo mode) and starts listening; main.ts and the integration tests
 * both start the API this way (the tests may add modules of their own beside the app's).
 */
export async function startApi(
  config: AppConfig,
  logger: Logger,
  extraModules: Array<Type | DynamicModule> = [],
): Promise<StartedApi> {
  const root: DynamicModule = {
    module: class ApiRoot {},
    imports: [AppModule.forRoot(config, logger), ...extraModules],
  };
  const app = await NestFactory.create<NestExpressApplication>(root, {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
  });
  configureApp(app, config, logger);
  app.useWebSocketAdapter(await RedisIoAdapter.create(app, app.get<RedisConnection | null>(REDIS), config));
  await app.init();
  app.use(unmatchedRouteHandler);
  const demoLogins = config.seedDemo ? await app.get(DemoSeeder).seed() : [];
  await app.listen(config.port, config.host);
  answerClientErrorsAsProblems(app.getHttpServer());
  return { app, demoLogins };
}
