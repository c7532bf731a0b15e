import { randomBytes } from 'node:crypto';

import { createTestDatabase } from '@healthsync/testing/services/test-services';

import { startProcess, type RunningProcess } from './portal-process';

declare global {
  var __PORTAL__: { api: RunningProcess; web: RunningProcess; databaseUrl: string } | undefined;
}

/** The built API (demo data, its own database) and the built portal pointing at it. */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = await createTestDatabase('hs_web_e2e');
  const api = await startProcess(
    ['dist/apps/api/main.js'],
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      BOOKING_LEAD_MINUTES: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    },
    '/api/v1/health',
  );
  const web = await startProcess(
    ['node_modules/next/dist/bin/next', 'start', 'apps/web'],
    { API_URL: api.url, NODE_ENV: 'production' },
    '/login',
  );
  globalThis.__PORTAL__ = { api, web, databaseUrl };
  process.env['PORTAL_URL'] = web.url;
  process.env['PORTAL_API_URL'] = api.url;
}
