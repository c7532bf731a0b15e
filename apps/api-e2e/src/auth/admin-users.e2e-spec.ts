import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { runProcess } from '@healthsync/testing/services/run-process';

import { DEMO_EMAILS } from '../support/api-client';
import { WORKSPACE_ROOT } from '../support/api-process';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { runSql } from '../support/sql';

const PRODUCTION_SECRETS = {
  JWT_SECRET: randomBytes(32).toString('hex'),
  DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
};

interface UserSummary {
  id: string;
  email: string;
  role: string;
  status: string;
  doctor: { specialty: string } | null;
}

interface Page<T> {
  items: T[];
  total: number;
}

describe('account administration', () => {
  let test: AuthTestApi;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    test = await startAuthTestApi();
    admin = await test.client.accessToken(DEMO_EMAILS.admin);
    adminId = (await test.client.get<{ id: string }>('/api/v1/auth/me', admin)).body.id;
  });
  afterAll(() => test.stop());

  const invitationToken = async (email: string) => {
    const mail = await test.smtp.waitForMessage((message) => message.to.includes(email));
    return /reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';
  };

  it('creates a doctor who sets a password from the invitation email and signs in', async () => {
    const created = await test.client.post<UserSummary>(
      '/api/v1/admin/users',
      {
        email: 'Dr.New@Clinic.test',
        firstName: 'Nia',
        lastName: 'New',
        role: 'doctor',
        specialty: 'Dermatology',
        licenceNumber: 'LIC-42',
      },
      admin,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'dr.new@clinic.test',
      role: 'doctor',
      status: 'active',
      doctor: { specialty: 'Dermatology' },
    });
    expect((await test.client.login('dr.new@clinic.test', 'anything-at-all')).status).toBe(401);

    const token = await invitationToken('dr.new@clinic.test');
    expect(
      (await test.client.post('/api/v1/auth/password/reset', { token, newPassword: 'Doctor-password-2027' }))
        .status,
    ).toBe(204);
    const me = await test.client.get<{ role: string; doctorId: string }>(
      '/api/v1/auth/me',
      await test.client.accessToken('dr.new@clinic.test', 'Doctor-password-2027'),
    );
    expect(me.body.role).toBe('doctor');
    expect(me.body.doctorId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a patient role, a doctor without a licence, a duplicate email and a duplicate licence', async () => {
    const base = { firstName: 'X', lastName: 'Y' };
    expect(
      (
        await test.client.post(
          '/api/v1/admin/users',
          { ...base, email: 'p@clinic.test', role: 'patient' },
          admin,
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await test.client.post(
          '/api/v1/admin/users',
          { ...base, email: 'd@clinic.test', role: 'doctor', specialty: 'ENT' },
          admin,
        )
      ).status,
    ).toBe(400);
    const duplicateEmail = await test.client.post<{ code: string }>(
      '/api/v1/admin/users',
      { ...base, email: DEMO_EMAILS.doctor, role: 'receptionist' },
      admin,
    );
    expect(duplicateEmail.status).toBe(409);
    expect(duplicateEmail.body.code).toBe('AUTH.EMAIL_TAKEN');
    const duplicateLicence = await test.client.post<{ code: string }>(
      '/api/v1/admin/users',
      { ...base, email: 'd2@clinic.test', role: 'doctor', specialty: 'ENT', licenceNumber: 'LIC-42' },
      admin,
    );
    expect(duplicateLicence.status).toBe(409);
    expect(duplicateLicence.body.code).toBe('ACCOUNT.LICENCE_TAKEN');
    expect(
      await runSql(
        test.databaseUrl,
        `SELECT 1 FROM users WHERE email IN ('d@clinic.test', 'd2@clinic.test', 'p@clinic.test')`,
      ),
    ).toEqual([]);
  });

  it('lists with search (typos tolerated), filters, allow-listed sort and pages', async () => {
    const search = await test.client.get<Page<UserSummary>>('/api/v1/admin/users?search=okafr', admin);
    expect(search.body.items.map((user) => user.email)).toEqual([DEMO_EMAILS.doctor]);
    const doctors = await test.client.get<Page<UserSummary>>(
      '/api/v1/admin/users?role=doctor&sort=-email',
      admin,
    );
    expect(doctors.body.items.map((user) => user.email)).toEqual(['dr.new@clinic.test', DEMO_EMAILS.doctor]);
    const page = await test.client.get<Page<UserSummary>>(
      '/api/v1/admin/users?limit=1&page=2&sort=email',
      admin,
    );
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(5);
    expect((await test.client.get('/api/v1/admin/users?sort=password_hash', admin)).status).toBe(400);
  });

  it('changes a role: the user is signed out and comes back with the new role', async () => {
    const receptionist = await test.client.get<Page<UserSummary>>(
      '/api/v1/admin/users?role=receptionist',
      admin,
    );
    const target = receptionist.body.items[0] as UserSummary;
    const session = await test.client.accessToken(target.email);
    const changed = await test.client.request<UserSummary>('PATCH', `/api/v1/admin/users/${target.id}/role`, {
      token: admin,
      body: { role: 'admin' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('admin');
    expect((await test.client.get('/api/v1/auth/me', session)).status).toBe(401);
    const again = await test.client.accessToken(target.email);
    expect((await test.client.get('/api/v1/admin/users', again)).status).toBe(200);
    await test.client.request('PATCH', `/api/v1/admin/users/${target.id}/role`, {
      token: admin,
      body: { role: 'receptionist' },
    });
  });

  it('deactivates an account, ending its sessions at once, and reactivates it', async () => {
    const patient = await test.client.get<Page<UserSummary>>('/api/v1/admin/users?role=patient', admin);
    const target = patient.body.items[0] as UserSummary;
    const session = await test.client.accessToken(target.email);
    expect((await test.client.post(`/api/v1/admin/users/${target.id}/deactivate`, {}, admin)).status).toBe(
      200,
    );
    expect((await test.client.get('/api/v1/auth/me', session)).status).toBe(401);
    expect((await test.client.login(target.email, 'Demo-password-2026')).status).toBe(401);
    expect((await test.client.post(`/api/v1/admin/users/${target.id}/reactivate`, {}, admin)).status).toBe(
      200,
    );
    expect((await test.client.login(target.email, 'Demo-password-2026')).status).toBe(200);
  });

  it('will not let an admin deactivate or demote themselves', async () => {
    expect((await test.client.post(`/api/v1/admin/users/${adminId}/deactivate`, {}, admin)).status).toBe(409);
    expect(
      (
        await test.client.request('PATCH', `/api/v1/admin/users/${adminId}/role`, {
          token: admin,
          body: { role: 'receptionist' },
        })
      ).status,
    ).toBe(409);
  });

  it('answers an unknown account with 404 and a malformed id with 400', async () => {
    expect(
      (await test.client.get('/api/v1/admin/users/6f1d3f4e-1c2b-4a5d-9e8f-7a6b5c4d3e2f', admin)).status,
    ).toBe(404);
    expect((await test.client.get('/api/v1/admin/users/not-a-uuid', admin)).status).toBe(400);
  });

  it('keeps a verifiable audit trail of it all, and names the first entry altered behind its back', async () => {
    const actions = await test.client.get<Page<{ action: string }>>(
      `/api/v1/admin/audit-logs?actorId=${adminId}&limit=100`,
      admin,
    );
    expect(actions.body.items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'admin.user_create',
        'admin.user_role_change',
        'admin.user_deactivate',
        'admin.user_reactivate',
      ]),
    );
    const before = await test.client.get<{ valid: boolean; checked: number }>(
      '/api/v1/admin/audit-logs/verify',
      admin,
    );
    expect(before.body).toMatchObject({ valid: true, firstBrokenId: null });
    expect(before.body.checked).toBeGreaterThan(10);

    const [victim] = await runSql<{ id: string }>(
      test.databaseUrl,
      `SELECT id FROM log_entries WHERE stream = 'audit' ORDER BY sequence LIMIT 1 OFFSET 3`,
    );
    await runSql(
      test.databaseUrl,
      `DO $$ BEGIN SET LOCAL session_replication_role = replica; UPDATE log_entries SET body = jsonb_set(body, '{outcome}', '"success"'::jsonb) || '{"forged": true}' WHERE id = '${victim?.id}'; END $$`,
    );
    const after = await test.client.get<{ valid: boolean; firstBrokenId: string }>(
      '/api/v1/admin/audit-logs/verify',
      admin,
    );
    expect(after.body).toMatchObject({ valid: false, firstBrokenId: victim?.id });
  });

  it('refuses to change the audit trail through SQL without the superuser switching triggers off', async () => {
    await expect(runSql(test.databaseUrl, `DELETE FROM log_entries`)).rejects.toThrow(/append-only/);
  });

  it('creates the first admin of an install from the command line, never printing the password', async () => {
    const password = 'First-admin-password-9';
    const run = await runProcess(
      process.execPath,
      [
        join(WORKSPACE_ROOT, 'dist/apps/api/create-admin.js'),
        '--email',
        'Boss@Clinic.test',
        '--first-name',
        'Bo',
        '--last-name',
        'Ss',
      ],
      {
        env: {
          PATH: process.env['PATH'],
          NODE_ENV: 'production',
          DATABASE_URL: test.databaseUrl,
          HEALTHSYNC_ADMIN_PASSWORD: password,
          ...PRODUCTION_SECRETS,
        },
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Admin boss@clinic\.test created/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(password);
    return test.client.accessToken('boss@clinic.test', password).then((token) => expect(token).toBeTruthy());
  });

  it('refuses a weak first-admin password with a one-line reason', async () => {
    const run = await runProcess(
      process.execPath,
      [
        join(WORKSPACE_ROOT, 'dist/apps/api/create-admin.js'),
        '--email',
        'weak@clinic.test',
        '--first-name',
        'W',
        '--last-name',
        'K',
      ],
      {
        env: {
          PATH: process.env['PATH'],
          NODE_ENV: 'production',
          DATABASE_URL: test.databaseUrl,
          HEALTHSYNC_ADMIN_PASSWORD: 'password123',
          ...PRODUCTION_SECRETS,
        },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^Could not create the admin: password is one of the most commonly used passwords/,
    );
  });
});
