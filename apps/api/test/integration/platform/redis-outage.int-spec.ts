import type { ProblemDetails } from '@healthsync/contracts/common';
import { TcpProxy } from '@healthsync/testing/services/tcp-proxy';
import { TEST_REDIS_URL } from '@healthsync/testing/services/test-services';
import { waitUntil } from '@healthsync/testing/wait/wait-until';

import { CACHE_CALL_TIMEOUT_MS } from '../../../src/cache/app-cache';
import { startTestApi, type TestApi } from '../../support/test-api';
import { ProbeModule, PROBE_TABLE_SQL } from './probe.module';
import { openDataSource } from '../../support/test-database';
import { integrationDatabaseUrl } from '../../support/int-env';

interface ReadinessBody {
  components: Record<string, { status: string; backend: string }>;
}

/**
 * The API reaches Redis through a proxy the test can cut, so Redis "goes away" mid-run while the
 * real server keeps serving the other tests.
 */
describe('when Redis stops answering mid-run', () => {
  let proxy: TcpProxy;
  let api: TestApi;

  beforeAll(async () => {
    const db = await openDataSource(integrationDatabaseUrl());
    await db.query(PROBE_TABLE_SQL);
    await db.destroy();
    proxy = await TcpProxy.start(TEST_REDIS_URL);
    api = await startTestApi({ REDIS_URL: proxy.urlFor(TEST_REDIS_URL), RATE_LIMIT_PER_MINUTE: '1000' }, [
      ProbeModule,
    ]);
  });
  afterAll(async () => {
    await api.close();
    await proxy.close();
  });

  it('keeps answering requests from the database, reports the cache down, and recovers', async () => {
    const cached = await fetch(api.url('/api/v1/probe/notes/count'));
    expect(cached.status).toBe(200);
    const ready = (await (await fetch(api.url('/api/v1/health'))).json()) as ReadinessBody;
    expect(ready.components.cache).toMatchObject({ status: 'up', backend: 'redis' });

    await proxy.cut();

    const started = performance.now();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await fetch(api.url('/api/v1/probe/notes/count'));
      expect(response.status).toBe(200);
      expect(typeof ((await response.json()) as { count: unknown }).count).toBe('number');
    }
    // A bound that is the behaviour under test, not a wait: each request pays at most one cache-call
    // timeout (twice that, for get then set) instead of waiting for Redis to come back.
    expect(performance.now() - started).toBeLessThan(5 * 2 * CACHE_CALL_TIMEOUT_MS);

    const health = await fetch(api.url('/api/v1/health'));
    expect(health.status).toBe(503);
    const problem = (await health.json()) as ProblemDetails;
    expect(problem).toMatchObject({
      code: 'SERVER.UNAVAILABLE',
      components: { cache: { status: 'down' }, database: { status: 'up' } },
    });
    expect(problem.detail).toBe('Not ready: cache down.');

    await proxy.restore();
    await waitUntil(async () => (await fetch(api.url('/api/v1/health'))).status === 200, {
      description: 'the API to report itself ready again',
    });
    expect((await fetch(api.url('/api/v1/probe/notes/count'))).status).toBe(200);
  });
});
