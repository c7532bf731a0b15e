import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { freePort } from '@healthsync/testing/services/free-port';
import { TEST_REDIS_URL } from '@healthsync/testing/services/test-services';

import { startApi } from '../../src/bootstrap';
import { createLogger } from '../../src/common/logging/logger';
import { AppConfig } from '../../src/config/app-config';
import { integrationDatabaseUrl } from './int-env';

export interface TestApi {
  app: NestExpressApplication;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * The whole API in this process on a free port, over the integration database and the real Redis
 * (each test API gets its own key namespace unless it asks for a shared one).
 */
export async function startTestApi(
  env: Record<string, string> = {},
  extraModules: Array<Type | DynamicModule> = [],
): Promise<TestApi> {
  const port = await freePort();
  const config = AppConfig.fromEnvironment({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: integrationDatabaseUrl(),
    REDIS_URL: TEST_REDIS_URL,
    CACHE_NAMESPACE: `hs-int-${port}-${Date.now()}`,
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const { app } = await startApi(
    config,
    createLogger(process.env['TEST_LOG_LEVEL'] ?? 'silent'),
    extraModules,
  );
  return { app, url: (path) => `http://127.0.0.1:${port}${path}`, close: () => app.close() };
}
