import { generate } from 'otplib';

import { DEMO_EMAILS, type LoginBody } from '../support/api-client';
import { registerPatient, startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { runSql } from '../support/sql';

const PASSWORD = 'Two-factor-password-1';
const PERIOD_MS = 30_000;

/** A code from the step before or after now: valid for the API (it allows one step of drift) but not yet used. */
const codeAt = (secret: string, offsetSteps: number) =>
  generate({ secret, epoch: Math.floor((Date.now() + offsetSteps * PERIOD_MS) / 1000) });

describe('two-factor sign-in (TOTP)', () => {
  let test: AuthTestApi;

  beforeAll(async () => {
    test = await startAuthTestApi();
  });
  afterAll(() => test.stop());

  async function registerAndEnrol(email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    await registerPatient(test, { email, password: PASSWORD, firstName: 'Tess', lastName: 'Tee' });
    const token = await test.client.accessToken(email, PASSWORD);
    const setup = await test.client.post<{ secret: string; otpauthUrl: string }>(
      '/api/v1/auth/2fa/setup',
      { password: PASSWORD },
      token,
    );
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Test%20Clinic:/);
    const wrong = await test.client.post(
      '/api/v1/auth/2fa/enable',
      { password: PASSWORD, code: '000000' },
      token,
    );
    expect(wrong.status).toBe(400);
    const enabled = await test.client.post<{ recoveryCodes: string[] }>(
      '/api/v1/auth/2fa/enable',
      { password: PASSWORD, code: await codeAt(setup.body.secret, -1) },
      token,
    );
    expect(enabled.status).toBe(200);
    return { secret: setup.body.secret, recoveryCodes: enabled.body.recoveryCodes };
  }

  const secondFactor = (body: object) =>
    test.client.post<LoginBody & { code: string }>('/api/v1/auth/login/second-factor', body);

  it('enrols, then signs in in two steps; a replayed code is refused and counts as a failure', async () => {
    const email = 'totp-user@example.test';
    const { secret, recoveryCodes } = await registerAndEnrol(email);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const first = await test.client.login(email, PASSWORD);
    expect(first.body).toMatchObject({ status: 'totp_required' });
    expect(first.body.tokens).toBeUndefined();
    const code = await codeAt(secret, 0);
    const signedIn = await secondFactor({ challengeToken: first.body.challengeToken, code });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.status).toBe('authenticated');
    expect((await test.client.get('/api/v1/auth/me', signedIn.body.tokens?.accessToken)).status).toBe(200);

    const again = await test.client.login(email, PASSWORD);
    const replay = await secondFactor({ challengeToken: again.body.challengeToken, code });
    expect(replay.status).toBe(401);
    const failures = await runSql<{ failed_login_count: number }>(
      test.databaseUrl,
      'SELECT failed_login_count FROM users WHERE email = $1',
      [email],
    );
    expect(failures[0]?.failed_login_count).toBe(1);
  });

  it('accepts each recovery code once', async () => {
    const email = 'recovery-user@example.test';
    const { recoveryCodes } = await registerAndEnrol(email);
    const [recoveryCode] = recoveryCodes;

    const first = await test.client.login(email, PASSWORD);
    expect((await secondFactor({ challengeToken: first.body.challengeToken, recoveryCode })).status).toBe(
      200,
    );
    const second = await test.client.login(email, PASSWORD);
    expect((await secondFactor({ challengeToken: second.body.challengeToken, recoveryCode })).status).toBe(
      401,
    );
  });

  it('refuses a challenge token as an access token, a forged challenge, and a sign-in step with no code', async () => {
    const email = 'challenge-user@example.test';
    await registerAndEnrol(email);
    const first = await test.client.login(email, PASSWORD);
    expect((await test.client.get('/api/v1/auth/me', first.body.challengeToken)).status).toBe(401);
    expect(
      (await secondFactor({ challengeToken: `${first.body.challengeToken}x`, code: '123456' })).status,
    ).toBe(401);
    expect((await secondFactor({ challengeToken: first.body.challengeToken })).status).toBe(400);
  });

  it('makes a role enrol before its first sign-in completes when an admin requires it', async () => {
    const admin = await test.client.accessToken(DEMO_EMAILS.admin);
    const saved = await test.client.request('PUT', '/api/v1/admin/settings/security', {
      token: admin,
      body: { mfaRequiredRoles: ['receptionist'] },
    });
    expect(saved.status).toBe(200);

    const first = await test.client.login(DEMO_EMAILS.receptionist, 'Demo-password-2026');
    expect(first.body.status).toBe('totp_enrolment_required');
    const setup = await test.client.post<{ secret: string }>('/api/v1/auth/login/totp-enrolment', {
      challengeToken: first.body.challengeToken,
    });
    expect(setup.status).toBe(200);
    const activated = await test.client.post<LoginBody & { recoveryCodes: string[] }>(
      '/api/v1/auth/login/totp-enrolment/activate',
      {
        challengeToken: first.body.challengeToken,
        code: await codeAt(setup.body.secret, -1),
      },
    );
    expect(activated.status).toBe(200);
    expect(activated.body.status).toBe('authenticated');
    expect(activated.body.recoveryCodes).toHaveLength(10);

    const next = await test.client.login(DEMO_EMAILS.receptionist, 'Demo-password-2026');
    expect(next.body.status).toBe('totp_required');
    const disable = await test.client.post<{ code: string }>(
      '/api/v1/auth/2fa/disable',
      { password: 'Demo-password-2026', code: await codeAt(setup.body.secret, 0) },
      activated.body.tokens?.accessToken,
    );
    expect(disable.status).toBe(403);
    expect(disable.body.code).toBe('AUTH.TOTP_REQUIRED');
    await test.client.request('PUT', '/api/v1/admin/settings/security', {
      token: admin,
      body: { mfaRequiredRoles: [] },
    });
  });

  it('records enrolment and second-factor sign-ins in the audit trail', async () => {
    const admin = await test.client.accessToken(DEMO_EMAILS.admin);
    const enabled = await test.client.get<{ total: number }>(
      '/api/v1/admin/audit-logs?action=auth.totp_enabled',
      admin,
    );
    expect(enabled.body.total).toBeGreaterThanOrEqual(3);
    const logins = await test.client.get<{ items: Array<{ detail?: { method?: string } }> }>(
      '/api/v1/admin/audit-logs?action=auth.login&limit=100',
      admin,
    );
    expect(logins.body.items.map((item) => item.detail?.method)).toEqual(
      expect.arrayContaining(['totp', 'recovery_code']),
    );
  });
});
