import { generate } from 'otplib';

import { startAuthTestApi, type AuthTestApi } from '../../support/auth-test-api';

const PASSWORD = 'Challenge-owner-pass-1';

describe('a sign-in challenge signs in once', () => {
  let test: AuthTestApi;

  beforeAll(async () => {
    test = await startAuthTestApi();
  });
  afterAll(() => test.close());

  async function enrolledUser(): Promise<{ email: string; recoveryCodes: string[] }> {
    const email = await test.createUser(PASSWORD);
    const login = await test.post<{ tokens: { accessToken: string } }>('/auth/login', {
      email,
      password: PASSWORD,
    });
    const token = login.body.tokens.accessToken;
    const setup = await test.post<{ secret: string }>('/auth/2fa/setup', { password: PASSWORD }, token);
    const code = await generate({
      secret: setup.body.secret,
      epoch: Math.floor((Date.now() - 30_000) / 1000),
    });
    const enabled = await test.post<{ recoveryCodes: string[] }>(
      '/auth/2fa/enable',
      { password: PASSWORD, code },
      token,
    );
    return { email, recoveryCodes: enabled.body.recoveryCodes };
  }

  const challengeFor = async (email: string) =>
    (await test.post<{ challengeToken: string }>('/auth/login', { email, password: PASSWORD })).body
      .challengeToken;

  it('refuses a challenge used again, even with another valid recovery code', async () => {
    const { email, recoveryCodes } = await enrolledUser();
    const challengeToken = await challengeFor(email);
    const first = await test.post('/auth/login/second-factor', {
      challengeToken,
      recoveryCode: recoveryCodes[0],
    });
    expect(first.status).toBe(200);
    const again = await test.post('/auth/login/second-factor', {
      challengeToken,
      recoveryCode: recoveryCodes[1],
    });
    expect(again.status).toBe(401);
  });

  it('lets exactly one of two concurrent uses of one challenge sign in', async () => {
    const { email, recoveryCodes } = await enrolledUser();
    const challengeToken = await challengeFor(email);
    const answers = await Promise.all(
      recoveryCodes
        .slice(2, 6)
        .map((recoveryCode) => test.post('/auth/login/second-factor', { challengeToken, recoveryCode })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401, 401]);
  });
});
