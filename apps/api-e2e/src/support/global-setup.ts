import { createTestDatabase, TEST_REDIS_URL } from '@healthsync/testing/services/test-services';

import { ApiClient, DEMO_EMAILS } from './api-client';
import { startApi, type RunningApi } from './api-process';

/** One access token per demo role, for the suites that call the shared API as each of them. */
async function signInDemoRoles(baseUrl: string): Promise<string[]> {
  const client = new ApiClient(baseUrl);
  return Promise.all(Object.values(DEMO_EMAILS).map((email) => client.accessToken(email)));
}

declare global {
  var __E2E_API__: RunningApi | undefined;
}

/**
 * One built API for the suites that share it, on an empty database of its own (it migrates it at
 * start) and the real Redis.
 * Suites that need their own process (start-up, shutdown, embedded mode) start one themselves.
 */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = await createTestDatabase('hs_e2e');
  const api = await startApi({
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    CACHE_NAMESPACE: `hs-e2e-${process.pid}`,
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    HOLD_LIMIT_PER_ADDRESS: '1000000',
    SEED_DEMO: 'true',
  });
  globalThis.__E2E_API__ = api;
  process.env['E2E_API_URL'] = api.baseUrl;
  process.env['E2E_DATABASE_URL'] = databaseUrl;
  process.env['E2E_FUZZ_TOKENS'] = JSON.stringify(await signInDemoRoles(api.baseUrl));
}
