import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { forge } from '../support/jwt-forge';

const ME = '/api/v1/auth/me';

describe('access and refresh tokens', () => {
  let test: AuthTestApi;
  let valid: { accessToken: string; refreshToken: string };
  let claims: Record<string, unknown>;

  beforeAll(async () => {
    test = await startAuthTestApi();
    valid = await test.client.tokens(DEMO_EMAILS.patient);
    claims = forge.claims(valid.accessToken);
  });
  afterAll(() => test.stop());

  it('issues a 15-minute HS256 access token with sub, role, sid, jti, issuer and audience', async () => {
    expect(
      JSON.parse(Buffer.from(valid.accessToken.split('.')[0] ?? '', 'base64url').toString()),
    ).toMatchObject({ alg: 'HS256' });
    expect(claims).toMatchObject({
      role: 'patient',
      typ: 'access',
      iss: 'healthsync',
      aud: 'healthsync-api',
    });
    expect(claims['exp']).toBe(Number(claims['iat']) + 15 * 60);
    for (const claim of ['sub', 'sid', 'jti']) expect(typeof claims[claim]).toBe('string');
    expect(valid.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await test.client.get(ME, valid.accessToken)).status).toBe(200);
  });

  it.each([
    ['no token', () => undefined],
    ['alg none', () => forge.unsigned(claims)],
    ['a wrong key', () => forge.hs256(claims, 'not-the-secret-not-the-secret-not-the-secret')],
    ['RS256 instead of HS256', () => forge.rs256(claims)],
    ['a tampered role', () => forge.tampered(valid.accessToken, { role: 'admin' })],
    [
      'a tampered subject',
      () => forge.tampered(valid.accessToken, { sub: '00000000-0000-4000-8000-000000000000' }),
    ],
    ['garbage', () => 'not.a.jwt'],
  ])('refuses %s with 401 problem+json', async (_, token) => {
    const answer = await test.client.get(ME, token());
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('refuses an expired token, a wrong issuer or audience, and a challenge token, even when correctly signed', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = forge.hs256({ ...claims, iat: now - 3600, exp: now - 60 }, test.jwtSecret);
    const wrongIssuer = forge.hs256({ ...claims, iss: 'someone-else' }, test.jwtSecret);
    const wrongAudience = forge.hs256({ ...claims, aud: 'healthsync-sign-in-challenge' }, test.jwtSecret);
    const notAccess = forge.hs256({ ...claims, typ: 'challenge' }, test.jwtSecret);
    for (const token of [expired, wrongIssuer, wrongAudience, notAccess]) {
      expect((await test.client.get(ME, token)).status).toBe(401);
    }
    expect((await test.client.get(ME, forge.hs256(claims, test.jwtSecret))).status).toBe(200);
  });

  it('refuses a refresh token used as an access token, and an access token used as a refresh token', async () => {
    const tokens = await test.client.tokens(DEMO_EMAILS.patient);
    expect((await test.client.get(ME, tokens.refreshToken)).status).toBe(401);
    expect(
      (await test.client.post('/api/v1/auth/refresh', { refreshToken: tokens.accessToken })).status,
    ).toBe(401);
  });

  it('rotates the refresh token on every use; replaying a rotated one revokes the whole session family', async () => {
    const first = await test.client.tokens(DEMO_EMAILS.patient);
    const second = await test.client.post<typeof first>('/api/v1/auth/refresh', {
      refreshToken: first.refreshToken,
    });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const third = await test.client.post<typeof first>('/api/v1/auth/refresh', {
      refreshToken: second.body.refreshToken,
    });
    expect(third.status).toBe(200);

    const replay = await test.client.post<{ code: string }>('/api/v1/auth/refresh', {
      refreshToken: first.refreshToken,
    });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('AUTH.REFRESH_TOKEN_REUSED');

    // Every token descended from that sign-in is dead, access tokens included.
    expect(
      (await test.client.post('/api/v1/auth/refresh', { refreshToken: third.body.refreshToken })).status,
    ).toBe(401);
    expect((await test.client.get(ME, third.body.accessToken)).status).toBe(401);
    expect((await test.client.get(ME, first.accessToken)).status).toBe(401);
    // Other sessions of the same user are untouched.
    expect((await test.client.get(ME, valid.accessToken)).status).toBe(200);
  });

  it('lets exactly one of two simultaneous refreshes with the same token through', async () => {
    const tokens = await test.client.tokens(DEMO_EMAILS.receptionist);
    const answers = await Promise.all(
      [1, 2].map(() => test.client.post('/api/v1/auth/refresh', { refreshToken: tokens.refreshToken })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
  });

  it('ends a session at logout: its access token stops working at once, its refresh token too', async () => {
    const tokens = await test.client.tokens(DEMO_EMAILS.doctor);
    expect((await test.client.post('/api/v1/auth/logout', {}, tokens.accessToken)).status).toBe(204);
    const after = await test.client.get<{ code: string }>(ME, tokens.accessToken);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('AUTH.SESSION_REVOKED');
    expect(
      (await test.client.post('/api/v1/auth/refresh', { refreshToken: tokens.refreshToken })).status,
    ).toBe(401);
  });

  it('ends every session at logout-all', async () => {
    const one = await test.client.tokens(DEMO_EMAILS.admin);
    const two = await test.client.tokens(DEMO_EMAILS.admin);
    expect((await test.client.post('/api/v1/auth/logout-all', {}, one.accessToken)).status).toBe(204);
    expect((await test.client.get(ME, one.accessToken)).status).toBe(401);
    expect((await test.client.get(ME, two.accessToken)).status).toBe(401);
  });

  it('records the refresh-token reuse in the audit trail', async () => {
    const admin = await test.client.accessToken(DEMO_EMAILS.admin);
    const audit = await test.client.get<{ items: Array<{ outcome: string }> }>(
      '/api/v1/admin/audit-logs?action=auth.refresh_token_reuse',
      admin,
    );
    expect(audit.status).toBe(200);
    expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
    expect(audit.body.items[0]?.outcome).toBe('denied');
  });
});
