import { DEMO_EMAILS } from '../support/api-client';
import { registerPatient, startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';

interface Me {
  id: string;
  patientId: string;
}

describe('patients see only their own records (BOLA)', () => {
  let test: AuthTestApi;
  let alice: { token: string; me: Me };
  let bob: { token: string; me: Me };

  async function patient(email: string) {
    await registerPatient(test, { email, password: 'Patient-password-1', firstName: 'P', lastName: email });
    const token = await test.client.accessToken(email, 'Patient-password-1');
    const me = (await test.client.get<Me>('/api/v1/auth/me', token)).body;
    return { token, me };
  }

  beforeAll(async () => {
    test = await startAuthTestApi();
    alice = await patient('alice@example.test');
    bob = await patient('bob@example.test');
  });
  afterAll(() => test.stop());

  it('lets a patient read their own record, by id and as /me', async () => {
    expect((await test.client.get(`/api/v1/patients/${alice.me.patientId}`, alice.token)).status).toBe(200);
    expect((await test.client.get<{ id: string }>('/api/v1/patients/me', alice.token)).body.id).toBe(
      alice.me.patientId,
    );
  });

  it("answers another patient's record with the same 404 as a record that does not exist", async () => {
    const other = await test.client.get<{ code: string; detail: string }>(
      `/api/v1/patients/${bob.me.patientId}`,
      alice.token,
    );
    const missing = await test.client.get<{ code: string; detail: string }>(
      '/api/v1/patients/6f1d3f4e-1c2b-4a5d-9e8f-7a6b5c4d3e2f',
      alice.token,
    );
    expect(other.status).toBe(404);
    expect(other.body).toEqual({
      ...missing.body,
      instance: other.body['instance' as 'code'],
      requestId: other.body['requestId' as 'code'],
    });
  });

  it('records the attempt in the audit trail, naming the patient and the actor', async () => {
    const admin = await test.client.accessToken(DEMO_EMAILS.admin);
    const trail = await test.client.get<{
      items: Array<{ actorId: string; outcome: string; action: string }>;
    }>(`/api/v1/admin/audit-logs?patientId=${bob.me.patientId}&actorId=${alice.me.id}`, admin);
    expect(trail.body.items).toEqual([
      expect.objectContaining({ action: 'patient.read', outcome: 'not_found' }),
    ]);
  });

  it('lets front-desk staff read any patient, and keeps doctors without an appointment out', async () => {
    const receptionist = await test.client.accessToken(DEMO_EMAILS.receptionist);
    const doctor = await test.client.accessToken(DEMO_EMAILS.doctor);
    expect((await test.client.get(`/api/v1/patients/${bob.me.patientId}`, receptionist)).status).toBe(200);
    expect((await test.client.get(`/api/v1/patients/${bob.me.patientId}`, doctor)).status).toBe(404);
  });

  it('refuses a patient an admin route with 403, and records it', async () => {
    expect((await test.client.get('/api/v1/admin/users', alice.token)).status).toBe(403);
    const admin = await test.client.accessToken(DEMO_EMAILS.admin);
    const trail = await test.client.get<{ items: Array<{ resourceId: string }> }>(
      `/api/v1/admin/audit-logs?action=access.denied&actorId=${alice.me.id}`,
      admin,
    );
    expect(trail.body.items.map((item) => item.resourceId)).toContain('GET /api/v1/admin/users');
  });
});
