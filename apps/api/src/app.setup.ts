import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';

import { ProblemDetailsFilter } from './common/filters/problem-details.filter';
import { httpLoggingMiddleware, REQUEST_ID_HEADER, requestIdMiddleware } from './common/logging/http-logging';
import { NestPinoLogger } from './common/logging/nest-logger';
import { serveOpenApi } from './common/openapi/openapi';
import { rejectOversizedJson } from './common/validation/json-shape';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig } from './config/app-config';

export const API_PREFIX = 'api/v1';

/**
 * Everything global about the HTTP surface, in the order a request meets it: request id, access
 * log, security headers, CORS, JSON body (with a size limit), validation, problem+json errors.
 * Used by main.ts and by the tests, so tests exercise the real stack.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.useLogger(new NestPinoLogger(logger));
  app.set('trust proxy', config.trustedProxies);
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(httpLoggingMiddleware(logger));
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] } },
    }),
  );
  app.enableCors({
    origin: [...config.corsOrigins],
    credentials: true,
    exposedHeaders: [
      REQUEST_ID_HEADER,
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'Retry-After',
    ],
  });
  app.use(express.json({ limit: config.bodyLimit, type: ['application/json', 'application/*+json'] }));
  app.use(rejectOversizedJson);
  app.setGlobalPrefix(API_PREFIX, { exclude: [] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(logger));
  serveOpenApi(app);
}
