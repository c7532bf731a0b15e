import type { ProblemDetails } from '@healthsync/contracts/common';

import { startTestApi, type TestApi } from '../../support/test-api';

describe('rate limiting shared through Redis', () => {
  const namespace = `hs-int-rate-${process.pid}-${Date.now()}`;
  let first: TestApi;
  let second: TestApi;

  beforeAll(async () => {
    // Two API instances with one Redis namespace: one budget of 4 requests a minute per client.
    first = await startTestApi({ RATE_LIMIT_PER_MINUTE: '4', CACHE_NAMESPACE: namespace });
    second = await startTestApi({ RATE_LIMIT_PER_MINUTE: '4', CACHE_NAMESPACE: namespace });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('counts requests across instances and answers the excess with 429 problem+json', async () => {
    const statuses: number[] = [];
    for (const api of [first, second, first, second]) {
      const response = await fetch(api.url('/api/v1/health'));
      statuses.push(response.status);
      expect(response.headers.get('ratelimit-limit')).toBe('4');
    }
    expect(statuses).toEqual([200, 200, 200, 200]);

    const limited = await fetch(second.url('/api/v1/health'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = (await limited.json()) as ProblemDetails;
    expect(problem).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED' });
  });

  it('counts each client behind a trusted proxy (the portal) on its own budget', async () => {
    // The budget of this loopback client is spent by the test above; the portal forwards its visitors' addresses.
    expect((await fetch(first.url('/api/v1/health'))).status).toBe(429);
    const behindPortal = (address: string) =>
      fetch(first.url('/api/v1/health'), { headers: { 'x-forwarded-for': address } });
    expect((await behindPortal('203.0.113.7')).status).toBe(200);
    expect((await behindPortal('203.0.113.8')).status).toBe(200);
  });

  it('never limits the liveness probe', async () => {
    for (let attempt = 0; attempt < 8; attempt += 1) {
      expect((await fetch(first.url('/api/v1/health/live'))).status).toBe(200);
    }
  });
});
