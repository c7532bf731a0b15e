import { randomUUID } from 'node:crypto';

import { Role } from '@healthsync/contracts/auth';

import { startAuthTestApi, type AuthTestApi } from '../../support/auth-test-api';

const PASSWORD = 'Confusable-admin-pass-1';

interface Problem {
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

describe('addresses that pass for others are refused', () => {
  let test: AuthTestApi;
  let admin: string;

  beforeAll(async () => {
    test = await startAuthTestApi();
    const email = await test.createUser(PASSWORD, Role.Admin);
    admin = (
      await test.post<{ tokens: { accessToken: string } }>('/auth/login', { email, password: PASSWORD })
    ).body.tokens.accessToken;
  });
  afterAll(() => test.close());

  const staff = (email: string) =>
    test.post<Problem>(
      '/admin/users',
      { email, firstName: 'Staff', lastName: 'Member', role: 'receptionist' },
      admin,
    );
  const register = (email: string) =>
    test.post<Problem>('/auth/register', {
      email,
      password: 'Registering-patient-1',
      firstName: 'Pat',
      lastName: 'Ient',
      dateOfBirth: '1991-01-01',
    });

  it('refuses a staff account whose address mixes scripts or leaves ASCII', async () => {
    for (const email of [
      `\u0430dmin-${randomUUID()}@clinic.test`,
      `\u0430\u0434\u043c\u0438\u043d@clinic.test`,
    ]) {
      const answer = await staff(email);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.field).toBe('email');
    }
    expect((await staff(`reception-${randomUUID()}@clinic.test`)).status).toBe(201);
  });

  it('refuses a registration whose address mixes scripts, and folds compatibility forms', async () => {
    const mixed = await register(`p\u0430tient-${randomUUID()}@example.test`);
    expect(mixed.status).toBe(400);
    expect(mixed.body.errors?.[0]?.field).toBe('email');
    const fullwidth = `ｆｕｌｌ${randomUUID().slice(0, 8)}@example.test`;
    expect((await register(fullwidth)).status).toBe(202);
    const mail = await test.smtp.waitForMessage((message) => /confirm your/i.test(message.subject));
    expect(mail.to[0]).toBe(fullwidth.normalize('NFKC'));
  });
});
