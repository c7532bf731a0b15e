import { DEMO_EMAILS, DEMO_PASSWORD } from '../support/api-client';
import { registerPatient, startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { runSql } from '../support/sql';

interface Problem {
  code: string;
  detail: string;
  errors?: Array<{ field: string; message: string }>;
}

const STRONG_PASSWORD = 'Correct-horse-battery-7';

describe('registration, sign-in, lock-out and passwords', () => {
  let test: AuthTestApi;

  beforeAll(async () => {
    test = await startAuthTestApi();
  });
  afterAll(() => test.stop());

  const requestRegistration = (email: string, password = STRONG_PASSWORD) =>
    test.client.post<Problem>('/api/v1/auth/register', {
      email,
      password,
      firstName: 'Grace',
      lastName: 'Hopper',
      dateOfBirth: '1990-12-09',
    });
  const register = (email: string, password = STRONG_PASSWORD) =>
    registerPatient(test, { email, password, firstName: 'Grace', lastName: 'Hopper' });

  const auditActions = async (action: string, resourceId?: string) => {
    const admin = await test.client.accessToken(DEMO_EMAILS.admin);
    const answer = await test.client.get<{
      items: Array<{ resourceId: string; outcome: string; detail?: Record<string, string> }>;
    }>(`/api/v1/admin/audit-logs?action=${action}&limit=100`, admin);
    return answer.body.items.filter((item) => !resourceId || item.resourceId === resourceId);
  };

  it('registers a patient with a patient record; the same email in another case answers alike and notifies the owner', async () => {
    const created = await register('Grace.Hopper@Example.test');
    expect(created.patientId).toMatch(/^[0-9a-f-]{36}$/);
    const me = await test.client.get<{ email: string; role: string }>(
      '/api/v1/auth/me',
      await test.client.accessToken('grace.hopper@example.test', STRONG_PASSWORD),
    );
    expect(me.body).toMatchObject({ email: 'grace.hopper@example.test', role: 'patient' });
    const again = await requestRegistration('GRACE.HOPPER@example.test');
    expect(again.status).toBe(202);
    await test.smtp.waitForMessage(
      (mail) =>
        mail.to.includes('grace.hopper@example.test') && /tried to create an account/i.test(mail.subject),
    );
  });

  it.each([
    ['shorter than 10 characters', 'Short-1a'],
    ['a common password', 'password123'],
    ['another common one', 'qwertyuiop'],
    ['containing the email', 'weakling-ada-2026'],
  ])('refuses a password %s', async (_, password) => {
    const answer = await requestRegistration('weakling-ada@example.test', password);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.field).toBe('password');
  });

  it('answers a wrong password and an unknown email with the same message, in about the same time', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const answer = await test.client.login(email, 'Wrong-password-123');
      return { answer, ms: performance.now() - started };
    };
    await timed(DEMO_EMAILS.receptionist);
    const known = await timed(DEMO_EMAILS.receptionist);
    const unknown = await timed('nobody-here@example.test');
    expect(known.answer.status).toBe(401);
    expect(unknown.answer.status).toBe(401);
    expect(unknown.answer.body).toMatchObject({
      code: known.answer.body.code,
      detail: known.answer.body.detail,
    });
    // Both spend one argon2 verification; neither is an order of magnitude faster.
    expect(unknown.ms).toBeGreaterThan(known.ms / 4);
    await test.client.tokens(DEMO_EMAILS.receptionist);
  });

  it('pauses new devices after 5 failures in a row, refuses even the right password there, and emails the owner', async () => {
    const email = 'lock-me@example.test';
    const body = await register(email);
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await test.client.login(email, 'Wrong-password-123')).status).toBe(401);

    const locked = await test.client.login(email, STRONG_PASSWORD);
    expect(locked.status).toBe(401);
    expect(locked.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    const notice = await test.smtp.waitForMessage(
      (mail) => mail.to.includes(email) && /paused/i.test(mail.subject),
    );
    expect(notice.text).toContain('http://portal.test/forgot-password');

    expect(await auditActions('auth.lockout', body.id)).toHaveLength(1);
    const failures = await auditActions('auth.login', body.id);
    expect(
      failures.filter((entry) => entry.outcome === 'failure').map((entry) => entry.detail?.['reason']),
    ).toEqual(expect.arrayContaining(['wrong_password', 'locked']));

    // Fifteen minutes later (moved in the database, not waited for) the right password works again.
    await runSql(
      test.databaseUrl,
      `UPDATE users SET locked_until = now() - interval '1 second' WHERE email = $1`,
      [email],
    );
    expect((await test.client.login(email, STRONG_PASSWORD)).status).toBe(200);
  });

  it('does not lock out on failures that were interrupted by a success', async () => {
    const email = 'careful@example.test';
    await register(email);
    for (let round = 0; round < 2; round += 1) {
      for (let attempt = 0; attempt < 4; attempt += 1) await test.client.login(email, 'Wrong-password-123');
      expect((await test.client.login(email, STRONG_PASSWORD)).status).toBe(200);
    }
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    const email = 'changer@example.test';
    await register(email);
    const current = await test.client.tokens(email, STRONG_PASSWORD);
    const other = await test.client.tokens(email, STRONG_PASSWORD);

    const wrong = await test.client.post<Problem>(
      '/api/v1/auth/password/change',
      { currentPassword: 'nope-nope-nope', newPassword: 'New-password-2027!' },
      current.accessToken,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0]?.field).toBe('currentPassword');

    const changed = await test.client.post(
      '/api/v1/auth/password/change',
      { currentPassword: STRONG_PASSWORD, newPassword: 'New-password-2027!' },
      current.accessToken,
    );
    expect(changed.status).toBe(204);
    expect((await test.client.get('/api/v1/auth/me', current.accessToken)).status).toBe(200);
    expect((await test.client.get('/api/v1/auth/me', other.accessToken)).status).toBe(401);
    expect((await test.client.login(email, STRONG_PASSWORD)).status).toBe(401);
    expect((await test.client.login(email, 'New-password-2027!')).status).toBe(200);
    await test.smtp.waitForMessage(
      (mail) => mail.to.includes(email) && /password was changed/i.test(mail.subject),
    );
  });

  describe('password reset by email', () => {
    const email = 'forgetful@example.test';
    const tokenFrom = (text: string) => /reset-password\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';

    beforeAll(async () => {
      await register(email);
    });

    it('answers the same for a known and an unknown email, and mails a single-use link only to the known one', async () => {
      test.smtp.clear();
      expect(
        (await test.client.post('/api/v1/auth/password/forgot', { email: 'nobody-at-all@example.test' }))
          .status,
      ).toBe(202);
      expect((await test.client.post('/api/v1/auth/password/forgot', { email })).status).toBe(202);
      const mail = await test.smtp.waitForMessage((message) => message.to.includes(email));
      expect(
        test.smtp.messages().filter((message) => message.to.includes('nobody-at-all@example.test')),
      ).toEqual([]);
      expect(mail.subject).toBe('Reset your Test Clinic password');
      expect(mail.from).toContain('no-reply@clinic.test');
      const token = tokenFrom(mail.text);
      expect(mail.html).toContain(token);

      const session = await test.client.tokens(email, STRONG_PASSWORD);
      expect(
        (await test.client.post('/api/v1/auth/password/reset', { token, newPassword: 'Reset-password-2027' }))
          .status,
      ).toBe(204);
      expect((await test.client.get('/api/v1/auth/me', session.accessToken)).status).toBe(401);
      expect((await test.client.login(email, 'Reset-password-2027')).status).toBe(200);

      const reused = await test.client.post<Problem>('/api/v1/auth/password/reset', {
        token,
        newPassword: 'Another-password-2028',
      });
      expect(reused.status).toBe(400);
      expect(reused.body.code).toBe('AUTH.INVALID_RESET_TOKEN');
      expect(await auditActions('auth.password_reset')).not.toHaveLength(0);
    });

    it('refuses an expired link and a weak new password (without using up the link)', async () => {
      test.smtp.clear();
      await test.client.post('/api/v1/auth/password/forgot', { email });
      const token = tokenFrom((await test.smtp.waitForMessage((message) => message.to.includes(email))).text);

      const weak = await test.client.post<Problem>('/api/v1/auth/password/reset', {
        token,
        newPassword: 'password1234',
      });
      expect(weak.status).toBe(400);
      expect(weak.body.code).toBe('AUTH.WEAK_PASSWORD');

      await runSql(
        test.databaseUrl,
        `UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
      );
      const expired = await test.client.post<Problem>('/api/v1/auth/password/reset', {
        token,
        newPassword: 'Reset-password-2029',
      });
      expect(expired.status).toBe(400);
      expect(expired.body.code).toBe('AUTH.INVALID_RESET_TOKEN');
    });
  });

  it('signs the demo accounts in with the demo password', async () => {
    for (const email of Object.values(DEMO_EMAILS))
      expect((await test.client.login(email, DEMO_PASSWORD)).status).toBe(200);
  });
});
