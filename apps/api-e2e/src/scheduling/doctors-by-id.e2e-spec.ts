import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { PROBLEM_JSON } from '../support/e2e-env';
import { createDoctors, EVERY_DAY } from '../support/scheduling-fixtures';

interface Page<T> {
  items: T[];
  total: number;
}

interface Doctor {
  id: string;
  firstName: string;
  lastName: string;
}

const UNKNOWN_ID = '6f1d3f4e-1c2b-4a5d-9e8f-7a6b5c4d3e2f';

/** GET /doctors?ids=…: the doctors behind a list of appointments in one request, not one per row. */
describe('doctors by id', () => {
  let test: AuthTestApi;
  let reception: string;
  let patient: string;
  let doctorIds: string[];

  const list = (query: string, token?: string) =>
    test.client.get<Page<Doctor>>(`/api/v1/doctors?${query}`, token);

  beforeAll(async () => {
    test = await startAuthTestApi();
    reception = await test.client.accessToken(DEMO_EMAILS.receptionist);
    patient = await test.client.accessToken(DEMO_EMAILS.patient);
    doctorIds = await createDoctors(test.databaseUrl, 3, EVERY_DAY('09:00', '12:00'));
  });
  afterAll(() => test.stop());

  it('answers exactly the doctors named, as a list or repeated, and leaves unknown ids out', async () => {
    const wanted = [...doctorIds.slice(0, 2), UNKNOWN_ID];
    const byList = await list(`ids=${wanted.join(',')}`, reception);
    expect(byList.status).toBe(200);
    expect(byList.body.items.map((doctor) => doctor.id).sort()).toEqual(doctorIds.slice(0, 2).sort());
    expect(byList.body.total).toBe(2);
    const byRepeat = await list(wanted.map((id) => `ids=${id}`).join('&'), patient);
    expect(byRepeat.body.items.map((doctor) => doctor.id).sort()).toEqual(doctorIds.slice(0, 2).sort());
  });

  it('combines ids with the other filters', async () => {
    const named = await list(`ids=${doctorIds.join(',')}&limit=1`, reception);
    expect(named.body).toMatchObject({ total: 3 });
    expect(named.body.items).toHaveLength(1);
  });

  it('refuses ids that are not ids, and more than a page of them, as problem+json', async () => {
    for (const bad of [
      'ids=nonsense',
      `ids=${doctorIds[0]},1`,
      `ids=${Array(101).fill(doctorIds[0]).join(',')}`,
    ]) {
      const answer = await list(bad, reception);
      expect({ bad, status: answer.status }).toEqual({ bad, status: 400 });
      expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
      expect(answer.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED' });
    }
  });

  it('is for signed-in callers only', async () => {
    const anonymous = await list(`ids=${doctorIds[0]}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(PROBLEM_JSON);
  });
});
