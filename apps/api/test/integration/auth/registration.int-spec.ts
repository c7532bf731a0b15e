import { randomUUID } from 'node:crypto';

import { startAuthTestApi, type AuthTestApi } from '../../support/auth-test-api';

const PASSWORD = 'Registering-patient-1';

describe('registration answers the same whether or not the email has an account', () => {
  let test: AuthTestApi;

  beforeAll(async () => {
    test = await startAuthTestApi();
  });
  afterAll(() => test.close());

  const register = (email: string, password = PASSWORD, firstName = 'Reg') =>
    test.post('/auth/register', {
      email,
      password,
      firstName,
      lastName: 'Istrant',
      dateOfBirth: '1991-01-01',
    });
  const linkTokenFrom = (text: string) =>
    /register\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';
  const confirmMail = (email: string) =>
    test.smtp.waitForMessage((mail) => mail.to.includes(email) && /confirm/i.test(mail.subject));

  it('gives a taken and a free address the same answer, in about the same time, and emails each owner', async () => {
    const taken = await test.createUser(PASSWORD);
    const free = `free-${randomUUID()}@example.test`;
    await register(`warm-up-${randomUUID()}@example.test`);

    const forTaken = await register(taken, 'Another-password-99');
    const forFree = await register(free);
    expect(forTaken.status).toBe(202);
    expect(forFree.status).toBe(202);
    expect(forTaken.body).toEqual(forFree.body);
    // Both hash the password and send their email after answering: neither is an order of magnitude faster.
    expect(forTaken.ms).toBeGreaterThan(forFree.ms / 10);
    expect(forFree.ms).toBeGreaterThan(forTaken.ms / 10);

    const notice = await test.smtp.waitForMessage(
      (mail) => mail.to.includes(taken) && /tried to create an account/i.test(mail.subject),
    );
    expect(notice.text).toContain('http://portal.test/forgot-password');
    expect(linkTokenFrom((await confirmMail(free)).text)).not.toBe('');

    // Neither registration signs in before its link is used, so signing in tells nothing either.
    expect((await test.post('/auth/login', { email: taken, password: 'Another-password-99' })).status).toBe(
      401,
    );
    expect((await test.post('/auth/login', { email: free, password: PASSWORD })).status).toBe(401);
  });

  it('creates the account from the emailed link and the password given at registration, once', async () => {
    const email = `confirm-${randomUUID()}@example.test`;
    await register(email);
    const token = linkTokenFrom((await confirmMail(email)).text);

    const wrong = await test.post<{ code: string }>('/auth/register/confirm', {
      token,
      password: 'Not-it-at-all-1',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('AUTH.WRONG_PASSWORD');
    const confirmed = await test.post<{ email: string; role: string; patientId: string }>(
      '/auth/register/confirm',
      { token, password: PASSWORD },
    );
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ email, role: 'patient' });
    expect(confirmed.body.patientId).toEqual(expect.any(String));
    expect((await test.post('/auth/login', { email, password: PASSWORD })).status).toBe(200);

    const again = await test.post<{ code: string }>('/auth/register/confirm', { token, password: PASSWORD });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('AUTH.INVALID_RESET_TOKEN');
  });

  it("does not let a squatter's earlier registration of someone's address take the account", async () => {
    const email = `squatted-${randomUUID()}@example.test`;
    await register(email, 'Squatter-password-1', 'Squatter');
    const squatterLink = linkTokenFrom((await confirmMail(email)).text);
    test.smtp.clear();
    await register(email, PASSWORD, 'Owner');
    const ownerLink = linkTokenFrom((await confirmMail(email)).text);

    // The owner clicking the squatter's link cannot finish it without the squatter's password…
    expect(
      (await test.post('/auth/register/confirm', { token: squatterLink, password: PASSWORD })).status,
    ).toBe(400);
    expect((await test.post('/auth/register/confirm', { token: ownerLink, password: PASSWORD })).status).toBe(
      201,
    );
    // …and once the owner's account exists, the squatter's link is dead.
    const late = await test.post<{ code: string }>('/auth/register/confirm', {
      token: squatterLink,
      password: 'Squatter-password-1',
    });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('AUTH.INVALID_RESET_TOKEN');
  });
});
