import { randomBytes } from 'node:crypto';

import { startNodeProcess, type RunningProcess } from '@healthsync/testing/services/node-process';
import { createTestDatabase } from '@healthsync/testing/services/test-services';

import { isolatedEnvironment, WORKSPACE_ROOT } from './portal-process';

declare global {
  var __PORTAL__: { api: RunningProcess; web: RunningProcess; databaseUrl: string } | undefined;
}

/** The built API (demo data, its own database) and the built portal pointing at it. */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = await createTestDatabase('hs_web_e2e');
  const api = await startNodeProcess({
    cwd: WORKSPACE_ROOT,
    args: ['dist/apps/api/main.js'],
    readyPath: '/api/v1/health',
    env: isolatedEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      BOOKING_LEAD_MINUTES: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    }),
  });
  const web = await startNodeProcess({
    cwd: WORKSPACE_ROOT,
    args: ['node_modules/next/dist/bin/next', 'start', 'apps/web'],
    env: isolatedEnvironment({ API_URL: api.baseUrl, NODE_ENV: 'production' }),
    readyPath: '/login',
    isReady: (status) => status < 500,
    timeoutMs: 90_000,
  });
  globalThis.__PORTAL__ = { api, web, databaseUrl };
  process.env['PORTAL_URL'] = web.baseUrl;
  process.env['PORTAL_API_URL'] = api.baseUrl;
}
