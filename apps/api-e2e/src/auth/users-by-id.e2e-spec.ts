import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { PROBLEM_JSON } from '../support/e2e-env';

interface Page<T> {
  items: T[];
  total: number;
}

interface UserSummary {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

const UNKNOWN_ID = '6f1d3f4e-1c2b-4a5d-9e8f-7a6b5c4d3e2f';

/** GET /admin/users?ids=…: the accounts behind an audit trail's actors in one request, not one per entry. */
describe('accounts by id', () => {
  let test: AuthTestApi;
  let admin: string;
  const ids: Record<keyof typeof DEMO_EMAILS, string> = {
    admin: '',
    receptionist: '',
    doctor: '',
    patient: '',
  };
  const tokens: Record<keyof typeof DEMO_EMAILS, string> = { ...ids };

  const list = (query: string, token?: string) =>
    test.client.get<Page<UserSummary>>(`/api/v1/admin/users?${query}`, token);

  beforeAll(async () => {
    test = await startAuthTestApi();
    for (const role of Object.keys(DEMO_EMAILS) as (keyof typeof DEMO_EMAILS)[]) {
      tokens[role] = await test.client.accessToken(DEMO_EMAILS[role]);
      ids[role] = (await test.client.get<{ id: string }>('/api/v1/auth/me', tokens[role])).body.id;
    }
    admin = tokens.admin;
  });
  afterAll(() => test.stop());

  it('answers exactly the accounts named, of any role, and leaves unknown ids out', async () => {
    const wanted = [ids.doctor, ids.patient, ids.receptionist];
    const named = await list(`ids=${[...wanted, UNKNOWN_ID].join(',')}`, admin);
    expect(named.status).toBe(200);
    expect(named.body.total).toBe(3);
    expect(named.body.items.map((user) => user.id).sort()).toEqual([...wanted].sort());
    expect(named.body.items.map((user) => user.email).sort()).toEqual(
      [DEMO_EMAILS.doctor, DEMO_EMAILS.patient, DEMO_EMAILS.receptionist].sort(),
    );
    const repeated = await list(`ids=${ids.doctor}&ids=${ids.patient}&role=patient`, admin);
    expect(repeated.body.items.map((user) => user.id)).toEqual([ids.patient]);
  });

  it('refuses ids that are not ids, and more than a page of them, as problem+json', async () => {
    for (const bad of ['ids=nonsense', `ids=${ids.admin},1`, `ids=${Array(101).fill(ids.admin).join(',')}`]) {
      const answer = await list(bad, admin);
      expect({ bad, status: answer.status }).toEqual({ bad, status: 400 });
      expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
      expect(answer.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED' });
    }
  });

  it('is for admins only', async () => {
    for (const role of ['receptionist', 'doctor', 'patient'] as const) {
      const answer = await list(`ids=${ids.admin}`, tokens[role]);
      expect({ role, status: answer.status }).toEqual({ role, status: 403 });
      expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
    }
    expect((await list(`ids=${ids.admin}`)).status).toBe(401);
  });
});
