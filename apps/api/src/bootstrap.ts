import { NestFactory } from '@nestjs/core';
import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';

import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { answerClientErrorsAsProblems } from './common/filters/client-error.handler';
import { unmatchedRouteHandler } from './common/filters/problem-details.filter';
import { NestPinoLogger } from './common/logging/nest-logger';
import type { AppConfig } from './config/app-config';
import { DemoSeeder } from './database/seeding/demo-seeder';

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
  await app.init();
  app.use(unmatchedRouteHandler);
  const demoLogins = config.seedDemo ? await app.get(DemoSeeder).seed() : [];
  await app.listen(config.port, config.host);
  answerClientErrorsAsProblems(app.getHttpServer());
  return { app, demoLogins };
}
