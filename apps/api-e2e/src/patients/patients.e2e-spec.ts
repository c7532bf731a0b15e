import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { PROBLEM_JSON } from '../support/e2e-env';
import { runSql } from '../support/sql';
import {
  auditTrail,
  insertAppointment,
  signInStaff,
  type Page,
  type Patient,
  type Problem,
} from './patient-fixtures';

const MAXIMILIAN = {
  firstName: 'Maximilian',
  lastName: 'Oberhauser',
  dateOfBirth: '1961-07-30',
  sex: 'male',
  phone: '+49 (30) 1234-5678',
  email: 'Max.Oberhauser@Example.test',
  address: { line1: 'Unter den Linden 1', city: 'Berlin', postcode: '10117', country: 'de' },
  emergencyContact: { name: 'Erika Oberhauser', relationship: 'spouse', phone: '+49 30 1234 0000' },
  insurance: { payer: 'AOK Nordost', memberId: 'A123456789' },
  preferredLanguage: 'de',
};

describe('patient records over HTTP', () => {
  let test: AuthTestApi;
  let admin: string;
  let reception: string;
  let receptionId: string;
  let doctor: string;
  let doctorProfileId: string;
  let maximilian: Patient;

  const patch = <T = Patient>(path: string, body: unknown, token: string) =>
    test.client.request<T>('PATCH', path, { body, token });
  const search = (params: string, token = reception) =>
    test.client.get<Page<Patient>>(`/api/v1/patients?${params}`, token);
  const patientCount = async () =>
    Number((await runSql<{ n: string }>(test.databaseUrl, 'SELECT count(*) AS n FROM patients'))[0]?.n);

  beforeAll(async () => {
    test = await startAuthTestApi();
    ({ admin, reception, receptionId, doctor, doctorId: doctorProfileId } = await signInStaff(test.client));
  });
  afterAll(() => test.stop());

  describe('registration', () => {
    it('registers a patient with a clinic-assigned MRN and normalised details', async () => {
      const created = await test.client.post<Patient>('/api/v1/patients', MAXIMILIAN, reception);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        firstName: 'Maximilian',
        lastName: 'Oberhauser',
        dateOfBirth: '1961-07-30',
        sex: 'male',
        email: 'max.oberhauser@example.test',
        address: {
          line1: 'Unter den Linden 1',
          line2: null,
          city: 'Berlin',
          postcode: '10117',
          country: 'DE',
        },
        emergencyContact: MAXIMILIAN.emergencyContact,
        insurance: MAXIMILIAN.insurance,
        preferredLanguage: 'de',
        hasAccount: false,
        version: 1,
      });
      expect(created.body.mrn).toMatch(/^MRN-\d{6,}$/);
      maximilian = created.body;
    });

    it('warns of a possible duplicate (same name whatever its case, same birth date) and registers nothing', async () => {
      const before = await patientCount();
      const duplicate = await test.client.post<Problem>(
        '/api/v1/patients',
        { firstName: 'MAXIMILIAN', lastName: 'oberhauser', dateOfBirth: '1961-07-30' },
        admin,
      );
      expect(duplicate.status).toBe(409);
      expect(duplicate.headers.get('content-type')).toMatch(PROBLEM_JSON);
      expect(duplicate.body.code).toBe('PATIENT.POSSIBLE_DUPLICATE');
      expect(duplicate.body['candidates']).toEqual([
        {
          id: maximilian.id,
          mrn: maximilian.mrn,
          firstName: 'Maximilian',
          lastName: 'Oberhauser',
          dateOfBirth: '1961-07-30',
        },
      ]);
      expect(await patientCount()).toBe(before);
    });

    it('registers the second person once the desk confirms they are someone else', async () => {
      const confirmed = await test.client.post<Patient>(
        '/api/v1/patients',
        {
          firstName: 'Maximilian',
          lastName: 'Oberhauser',
          dateOfBirth: '1961-07-30',
          confirmDuplicate: true,
        },
        reception,
      );
      expect(confirmed.status).toBe(201);
      expect(confirmed.body.id).not.toBe(maximilian.id);
      expect(confirmed.body.mrn).not.toBe(maximilian.mrn);
      expect(confirmed.body.sex).toBe('unknown');
    });

    it('gives concurrent registrations distinct, well-formed MRNs', async () => {
      const created = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          test.client.post<Patient>(
            '/api/v1/patients',
            { firstName: `Parallel${index}`, lastName: 'Patient', dateOfBirth: '2000-01-01' },
            reception,
          ),
        ),
      );
      expect(created.map((answer) => answer.status)).toEqual(Array(8).fill(201));
      const mrns = created.map((answer) => answer.body.mrn);
      expect(new Set(mrns).size).toBe(8);
      for (const mrn of mrns) expect(mrn).toMatch(/^MRN-\d{6,}$/);
    });

    it('records registrations and the duplicate warning on the audit trail', async () => {
      const entries = await auditTrail(test.client, admin, { action: 'patient.create' });
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ outcome: 'success', patientId: maximilian.id }),
          expect.objectContaining({
            outcome: 'failure',
            detail: { status: 409, code: 'PATIENT.POSSIBLE_DUPLICATE' },
          }),
        ]),
      );
    });

    it.each([
      ['a birth date in the future', { dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
      ['an impossible date', { dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
      ['an unknown sex', { sex: 'robot' }, 'sex'],
      ['a phone without enough digits', { phone: '12-34' }, 'phone'],
      ['an address without a city', { address: { line1: 'Main St 1', country: 'GB' } }, 'address.city'],
      [
        'an unknown country',
        { address: { line1: 'Main St 1', city: 'X', country: 'XX' } },
        'address.country',
      ],
      ['an odd language tag', { preferredLanguage: 'English' }, 'preferredLanguage'],
      ['an insurance without a member id', { insurance: { payer: 'AOK' } }, 'insurance.memberId'],
      ['a field nobody may set', { mrn: 'MRN-000001' }, 'mrn'],
      ['an empty first name', { firstName: '   ' }, 'firstName'],
      ['a control character in a name', { lastName: 'Nul\u0000l' }, 'lastName'],
    ])('refuses %s with 400 and registers nothing', async (_, change, field) => {
      const before = await patientCount();
      const answer = await test.client.post<Problem>(
        '/api/v1/patients',
        { firstName: 'Bad', lastName: 'Input', dateOfBirth: '1990-01-01', ...change },
        reception,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.map((error) => error.field)).toContain(field);
      expect(await patientCount()).toBe(before);
    });
  });

  describe('search', () => {
    beforeAll(async () => {
      for (const [firstName, lastName] of [
        ['Otto', 'Oberhofer'],
        ['Oliver', 'Huber'],
        ['Hans', 'Obermaier'],
        ['Anna', 'Visser-Oberhofer'],
      ]) {
        await test.client.post(
          '/api/v1/patients',
          { firstName, lastName, dateOfBirth: '1970-01-01' },
          reception,
        );
      }
    });

    it('finds the patient by a misspelled name, ranked first', async () => {
      const found = await search('q=Oberhuaser');
      expect(found.status).toBe(200);
      expect(found.body.items[0]?.lastName).toBe('Oberhauser');
      expect(found.body.items.map((patient) => patient.lastName)).not.toContain('Huber');
    });

    it('finds by MRN, by phone digits and by birth date', async () => {
      expect((await search(`mrn=${maximilian.mrn}`)).body.items.map((patient) => patient.id)).toEqual([
        maximilian.id,
      ]);
      expect((await search('phone=0049%2030%2012345678')).body.total).toBe(0);
      expect((await search('phone=49-30-12345678')).body.items.map((patient) => patient.id)).toEqual([
        maximilian.id,
      ]);
      const born = await search('dateOfBirth=1961-07-30&sort=-createdAt');
      expect(born.body.total).toBe(2);
      expect(born.body.items[1]?.id).toBe(maximilian.id);
    });

    it('finds the patients named by id, as a list or repeated, and refuses ids that are not ids', async () => {
      const others = (await search('q=Oberhofer')).body.items.map((patient) => patient.id);
      const wanted = [...new Set([maximilian.id, ...others])].sort();
      const byList = await search(`ids=${wanted.join(',')}&limit=100`);
      expect(byList.body.items.map((patient) => patient.id).sort()).toEqual(wanted);
      const byRepeat = await search(wanted.map((id) => `ids=${id}`).join('&'));
      expect(byRepeat.body.total).toBe(wanted.length);
      for (const bad of [
        'ids=nonsense',
        `ids=${maximilian.id},1`,
        `ids=${Array(101).fill(maximilian.id).join(',')}`,
      ]) {
        expect({ bad, status: (await search(bad)).status }).toEqual({ bad, status: 400 });
      }
    });

    it('pages with a total and sorts by allow-listed fields only', async () => {
      const page = await search('limit=2&page=2&sort=mrn');
      expect(page.body).toMatchObject({ page: 2, limit: 2 });
      expect(page.body.items).toHaveLength(2);
      expect(page.body.total).toBeGreaterThan(10);
      for (const bad of [
        'sort=password_hash',
        'limit=1000',
        'q=',
        `q=${'x'.repeat(101)}`,
        'mrn=123',
        'dateOfBirth=1990-13-01',
        'q=a%00b',
        'surprise=1',
      ]) {
        expect({ bad, status: (await search(bad)).status }).toEqual({ bad, status: 400 });
      }
    });

    it('puts the number found on the audit trail, never the search terms', async () => {
      await search('q=Oberhuaser&dateOfBirth=1961-07-30');
      const [entry] = await auditTrail(test.client, admin, {
        action: 'patient.search',
        actorId: receptionId,
      });
      expect(entry).toMatchObject({ outcome: 'success', detail: { count: 2, total: 2 } });
      expect(JSON.stringify(entry)).not.toMatch(/Oberhuaser|1961/);
    });

    it('puts the ids of the patients a search returns on each one’s trail', async () => {
      const others = (await search('q=Oberhofer')).body.items.map((patient) => patient.id);
      const wanted = [...new Set([maximilian.id, ...others])];
      const found = await search(`ids=${wanted.join(',')}`);
      expect(found.body.items).toHaveLength(wanted.length);
      const requestId = found.headers.get('x-request-id');
      for (const patientId of wanted) {
        const trail = await auditTrail(test.client, admin, { patientId, action: 'patient.search' });
        expect({ patientId, found: trail.some((entry) => entry.requestId === requestId) }).toEqual({
          patientId,
          found: true,
        });
      }
      const byName = await search('q=Oberhuaser');
      const firstId = byName.body.items[0]?.id ?? '';
      const trail = await auditTrail(test.client, admin, { patientId: firstId, action: 'patient.search' });
      expect(trail[0]).toMatchObject({ requestId: byName.headers.get('x-request-id') });
      expect(trail[0]?.patientIds).toContain(firstId);
      const verify = await test.client.get<{ valid: boolean }>('/api/v1/admin/audit-logs/verify', admin);
      expect(verify.body.valid).toBe(true);
    });

    it('is not for patients', async () => {
      const patient = await test.client.accessToken(DEMO_EMAILS.patient);
      expect((await search('q=Oberhauser', patient)).status).toBe(403);
    });
  });

  describe('a doctor', () => {
    it('finds and sees nobody without an appointment', async () => {
      expect((await search('limit=100', doctor)).body).toMatchObject({ items: [], total: 0 });
      expect((await search('q=Oberhauser', doctor)).body.total).toBe(0);
      expect((await test.client.get(`/api/v1/patients/${maximilian.id}`, doctor)).status).toBe(404);
    });

    it('finds and sees the patients they have or had an appointment with, and only those', async () => {
      await insertAppointment(test.databaseUrl, doctorProfileId, maximilian.id);
      const found = await search('q=Oberhuaser', doctor);
      expect(found.body.items.map((patient) => patient.id)).toEqual([maximilian.id]);
      expect((await search('limit=100', doctor)).body.total).toBe(1);
      const others = (await search('q=Oberhofer')).body.items.map((patient) => patient.id);
      const byId = await search(`ids=${[maximilian.id, ...others].join(',')}`, doctor);
      expect(byId.body.items.map((patient) => patient.id)).toEqual([maximilian.id]);
      expect((await test.client.get(`/api/v1/patients/${maximilian.id}`, doctor)).status).toBe(200);
    });

    it('may not change a record', async () => {
      expect((await patch(`/api/v1/patients/${maximilian.id}`, { version: 1 }, doctor)).status).toBe(403);
    });
  });

  describe('changes', () => {
    it('applies a change at the version read and refuses a stale one with 409', async () => {
      const current = (await test.client.get<Patient>(`/api/v1/patients/${maximilian.id}`, reception)).body;
      const first = await patch(
        `/api/v1/patients/${maximilian.id}`,
        { version: current.version, phone: '+49 30 5555 0000', address: null },
        reception,
      );
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        version: current.version + 1,
        phone: '+49 30 5555 0000',
        address: null,
      });

      const stale = await patch<Problem>(
        `/api/v1/patients/${maximilian.id}`,
        { version: current.version, phone: '+49 30 6666 0000' },
        admin,
      );
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'RESOURCE.VERSION_CONFLICT',
        expectedVersion: current.version,
        currentVersion: current.version + 1,
      });
      const after = (await test.client.get<Patient>(`/api/v1/patients/${maximilian.id}`, reception)).body;
      expect(after).toMatchObject({ version: current.version + 1, phone: '+49 30 5555 0000' });
      expect(after.mrn).toBe(maximilian.mrn);
    });

    it('refuses bad changes with 400: no version, a null name, an MRN', async () => {
      const path = `/api/v1/patients/${maximilian.id}`;
      for (const body of [
        { phone: '+49 30 1' },
        { version: 9, firstName: null },
        { version: 9, mrn: 'MRN-000009' },
      ]) {
        expect({ body, status: (await patch(path, body, reception)).status }).toEqual({ body, status: 400 });
      }
      expect(
        (await patch('/api/v1/patients/6f1d3f4e-1c2b-4a5d-9e8f-7a6b5c4d3e2f', { version: 1 }, admin)).status,
      ).toBe(404);
    });

    it('audits every change, refused ones too', async () => {
      const entries = await auditTrail(test.client, admin, {
        action: 'patient.update',
        patientId: maximilian.id,
      });
      expect(entries.map((entry) => entry.outcome)).toEqual(expect.arrayContaining(['success', 'failure']));
    });
  });

  describe('a patient’s own record', () => {
    let patient: string;

    beforeAll(async () => {
      patient = await test.client.accessToken(DEMO_EMAILS.patient);
    });

    it('shows the MRN and changes contact details only', async () => {
      const mine = await test.client.get<Patient>('/api/v1/patients/me', patient);
      expect(mine.status).toBe(200);
      expect(mine.body.mrn).toMatch(/^MRN-\d{6,}$/);
      const changed = await patch(
        '/api/v1/patients/me',
        {
          phone: '+44 20 7946 0999',
          address: {
            line1: '1 High Street',
            line2: 'Flat 2',
            city: 'London',
            postcode: 'N1 1AA',
            country: 'GB',
          },
          emergencyContact: { name: 'Sam Rivera', relationship: 'partner', phone: '+44 20 7946 0002' },
          preferredLanguage: 'en-GB',
        },
        patient,
      );
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        id: mine.body.id,
        phone: '+44 20 7946 0999',
        address: { line2: 'Flat 2', country: 'GB' },
        preferredLanguage: 'en-GB',
        version: mine.body.version + 1,
      });
      for (const body of [
        { firstName: 'Someone' },
        { dateOfBirth: '2000-01-01' },
        { insurance: null },
        { version: 1 },
      ]) {
        expect({ body, status: (await patch('/api/v1/patients/me', body, patient)).status }).toEqual({
          body,
          status: 400,
        });
      }
      const trail = await auditTrail(test.client, admin, {
        action: 'patient.update',
        patientId: mine.body.id,
      });
      expect(trail.map((entry) => entry.outcome)).toContain('success');
    });

    it('is the only record a patient may change', async () => {
      expect((await patch(`/api/v1/patients/${maximilian.id}`, { version: 1 }, patient)).status).toBe(403);
      expect((await test.client.post('/api/v1/patients', MAXIMILIAN, patient)).status).toBe(403);
      expect((await test.client.get(`/api/v1/patients/${maximilian.id}`, patient)).status).toBe(404);
    });
  });
});
