import { generate } from 'otplib';

import { startAuthTestApi, type AuthTestApi } from '../../support/auth-test-api';

const PASSWORD = 'Second-factor-owner-1';
const PERIOD_MS = 30_000;

/** A code from the step before or after now: the API allows one step of drift, and each step works once. */
const codeAt = (secret: string, offsetSteps: number) =>
  generate({ secret, epoch: Math.floor((Date.now() + offsetSteps * PERIOD_MS) / 1000) });

interface Tokens {
  tokens: { accessToken: string };
}

describe('changing the second factor needs the current password and tells the owner', () => {
  let test: AuthTestApi;

  beforeAll(async () => {
    test = await startAuthTestApi();
  });
  afterAll(() => test.close());

  const signIn = async (email: string) =>
    (await test.post<Tokens>('/auth/login', { email, password: PASSWORD })).body.tokens.accessToken;

  async function enrol(email: string, token: string): Promise<string> {
    const setup = await test.post<{ secret: string }>('/auth/2fa/setup', { password: PASSWORD }, token);
    expect(setup.status).toBe(200);
    const enabled = await test.post(
      '/auth/2fa/enable',
      { password: PASSWORD, code: await codeAt(setup.body.secret, -1) },
      token,
    );
    expect(enabled.status).toBe(200);
    return setup.body.secret;
  }

  it('refuses enrolment with only a (stolen) access token, or with a wrong password', async () => {
    const email = await test.createUser(PASSWORD);
    const token = await signIn(email);

    const bare = await test.post<{ errors: Array<{ field: string }> }>('/auth/2fa/setup', {}, token);
    expect(bare.status).toBe(400);
    expect(bare.body.errors.map((error) => error.field)).toContain('password');

    const wrong = await test.post<{ code: string }>(
      '/auth/2fa/setup',
      { password: 'Not-the-password-1' },
      token,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('AUTH.WRONG_PASSWORD');

    const setup = await test.post<{ secret: string }>('/auth/2fa/setup', { password: PASSWORD }, token);
    expect(setup.status).toBe(200);
    const enableWithoutPassword = await test.post(
      '/auth/2fa/enable',
      { code: await codeAt(setup.body.secret, -1) },
      token,
    );
    expect(enableWithoutPassword.status).toBe(400);
    const me = await test.get<{ totpEnabled: boolean }>('/auth/me', token);
    expect(me.body.totpEnabled).toBe(false);
  });

  it('emails the owner when a factor is turned on and when it is turned off', async () => {
    const email = await test.createUser(PASSWORD);
    const token = await signIn(email);
    const secret = await enrol(email, token);
    const on = await test.smtp.waitForMessage(
      (mail) => mail.to.includes(email) && /two-factor sign-in was turned on/i.test(mail.subject),
    );
    expect(on.text).toMatch(/if this was not you/i);

    const disabled = await test.post(
      '/auth/2fa/disable',
      { password: PASSWORD, code: await codeAt(secret, 0) },
      token,
    );
    expect(disabled.status).toBe(204);
    await test.smtp.waitForMessage(
      (mail) => mail.to.includes(email) && /two-factor sign-in was turned off/i.test(mail.subject),
    );
  });

  it('keeps the factor through a password reset by email, says so in the email, and still asks for it', async () => {
    const email = await test.createUser(PASSWORD);
    await enrol(email, await signIn(email));
    expect((await test.post('/auth/password/forgot', { email })).status).toBe(202);
    const mail = await test.smtp.waitForMessage(
      (message) => message.to.includes(email) && /reset your/i.test(message.subject),
    );
    expect(mail.text).toMatch(/two-factor sign-in stays on/i);
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    const newPassword = 'After-the-reset-2027';
    expect((await test.post('/auth/password/reset', { token, newPassword })).status).toBe(204);
    const login = await test.post<{ status: string }>('/auth/login', { email, password: newPassword });
    expect(login.body.status).toBe('totp_required');
  });
});
