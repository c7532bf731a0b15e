import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';

describe('sign-in rate limit per client address', () => {
  let test: AuthTestApi;

  beforeAll(async () => {
    test = await startAuthTestApi({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => test.stop());

  it('answers the fourth sign-in attempt within a minute with 429 problem+json, leaving other routes alone', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1)
      statuses.push((await test.client.login(DEMO_EMAILS.patient, 'Wrong-password-1')).status);
    expect(statuses).toEqual([401, 401, 401]);

    const limited = await test.client.login(DEMO_EMAILS.patient, 'Demo-password-2026');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('REQUEST.RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after-login'))).toBeGreaterThan(0);
    expect((await test.client.get('/api/v1/health')).status).toBe(200);
  });
});
