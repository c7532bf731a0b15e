import { startAuthTestApi, type AuthTestApi } from '../../support/auth-test-api';

const PASSWORD = 'Lockout-owner-password-1';
const WRONG = 'Guessed-password-123';

interface LoginAnswer {
  status: string;
  code: string;
  deviceToken?: string;
  tokens?: { accessToken: string };
}

describe('sign-in lockout: strangers cannot keep the owner out, guessing stays expensive', () => {
  let test: AuthTestApi;

  beforeAll(async () => {
    test = await startAuthTestApi();
  });
  afterAll(() => test.close());

  /** A sign-in as a client at `address` would make it through the portal (a trusted proxy). */
  const login = (email: string, password: string, deviceToken?: string, address = '198.51.100.1') =>
    test.post<LoginAnswer>('/auth/login', { email, password, deviceToken }, undefined, {
      'x-forwarded-for': address,
    });

  const pauseNotice = (email: string) =>
    test.smtp.waitForMessage((mail) => mail.to.includes(email) && /paused/i.test(mail.subject));

  const unlockTokenFrom = (text: string) => /login\?unlock=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';

  it('lets the owner in from a known device while strangers hammer the account from many addresses', async () => {
    const email = await test.createUser(PASSWORD);
    const first = await login(email, PASSWORD);
    expect(first.status).toBe(200);
    expect(first.body.deviceToken).toEqual(expect.any(String));

    for (let attempt = 0; attempt < 12; attempt += 1)
      expect((await login(email, WRONG, undefined, `203.0.113.${attempt + 1}`)).status).toBe(401);
    // Brute force from new devices is paused: even the right password is refused there.
    const stranger = await login(email, PASSWORD, undefined, '203.0.113.99');
    expect(stranger.status).toBe(401);
    expect(stranger.body.code).toBe('AUTH.INVALID_CREDENTIALS');

    const owner = await login(email, PASSWORD, first.body.deviceToken);
    expect(owner.status).toBe(200);
    expect(owner.body.status).toBe('authenticated');
    await pauseNotice(email);
  });

  it('lifts the pause with the emailed unlock link, which works once', async () => {
    const email = await test.createUser(PASSWORD);
    for (let attempt = 0; attempt < 5; attempt += 1) await login(email, WRONG);
    expect((await login(email, PASSWORD)).status).toBe(401);
    const notice = await pauseNotice(email);
    expect(notice.text).toContain('http://portal.test/forgot-password');
    const token = unlockTokenFrom(notice.text);

    expect((await test.post('/auth/unlock', { token })).status).toBe(204);
    expect((await login(email, PASSWORD)).status).toBe(200);
    const again = await test.post<{ code: string }>('/auth/unlock', { token });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('AUTH.INVALID_RESET_TOKEN');
  });

  it('gives a known device five tries of its own; after that its failures count toward the pause', async () => {
    const email = await test.createUser(PASSWORD);
    const { deviceToken } = (await login(email, PASSWORD)).body;
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await login(email, WRONG, deviceToken)).status).toBe(401);
    // Those five did not pause the account for others…
    expect((await login(email, PASSWORD)).status).toBe(200);
    // …but the device is no longer trusted: five more from it pause new devices, itself included.
    for (let attempt = 0; attempt < 5; attempt += 1) await login(email, WRONG, deviceToken);
    expect((await login(email, PASSWORD, deviceToken)).status).toBe(401);
  });

  it("does not let another account's device token past the pause", async () => {
    const victim = await test.createUser(PASSWORD);
    const attacker = await test.createUser(PASSWORD);
    const { deviceToken } = (await login(attacker, PASSWORD)).body;
    for (let attempt = 0; attempt < 5; attempt += 1) await login(victim, WRONG, deviceToken);
    expect((await login(victim, PASSWORD, deviceToken)).status).toBe(401);
  });

  it('counts wrong current passwords at password change like failed sign-ins: after 15, the right one is refused', async () => {
    const email = await test.createUser(PASSWORD);
    const { tokens, deviceToken } = (await login(email, PASSWORD)).body;
    const change = (currentPassword: string) =>
      test.post<{ code: string }>(
        '/auth/password/change',
        { currentPassword, newPassword: 'Brand-new-password-2027' },
        tokens?.accessToken,
      );
    for (let attempt = 0; attempt < 15; attempt += 1) expect((await change(WRONG)).status).toBe(400);

    const right = await change(PASSWORD);
    expect(right.status).toBe(400);
    expect(right.body.code).toBe('AUTH.WRONG_PASSWORD');
    // As sign-in would be: the session's device used up its tries, and new devices are paused.
    expect((await login(email, PASSWORD, deviceToken)).status).toBe(401);
    expect((await login(email, PASSWORD)).status).toBe(401);
    await pauseNotice(email);
  });
});
