import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import {
  auditTrail,
  insertAppointment,
  portalPatient,
  signInStaff,
  type Page,
  type Problem,
} from './patient-fixtures';

interface History {
  patientId: string;
  version: number;
  recordedAt: string | null;
  author: { id?: string; name: string | null } | null;
  allergies: Array<{ substance: string; reaction: string | null; severity: string }>;
  chronicConditions: string[];
  pastSurgeries: Array<{ procedure: string; year: number | null }>;
  familyHistory: string[];
  currentMedications: Array<{ name: string; dose: string | null; frequency: string | null }>;
}

interface VersionSummary {
  version: number;
  recordedAt: string;
  author: { id?: string; name: string | null } | null;
}

const FIRST = {
  allergies: [{ substance: 'Penicillin', reaction: 'hives', severity: 'moderate' }],
  chronicConditions: ['Asthma'],
  pastSurgeries: [{ procedure: 'Appendectomy', year: 2009 }],
  familyHistory: ['Mother: hypertension'],
  currentMedications: [{ name: 'Salbutamol', dose: '100 µg', frequency: 'as needed' }],
};

const SECOND = {
  ...FIRST,
  allergies: [...FIRST.allergies, { substance: 'Peanuts', severity: 'severe' }],
  currentMedications: [],
};

const NOBODY = '6f1d3f4e-1c2b-4a5d-9e8f-7a6b5c4d3e2f';

describe('medical history over HTTP', () => {
  let test: AuthTestApi;
  let admin: string;
  let reception: string;
  let receptionId: string;
  let doctor: string;
  let doctorUserId: string;
  let patient: { token: string; userId: string; patientId: string };
  let otherPatient: { token: string; userId: string; patientId: string };

  const historyPath = (patientId: string, suffix = '') =>
    `/api/v1/patients/${patientId}/medical-history${suffix}`;
  const read = <T = History>(token: string, suffix = '', patientId = patient.patientId) =>
    test.client.get<T>(historyPath(patientId, suffix), token);
  const write = (token: string, body: unknown, patientId = patient.patientId) =>
    test.client.request<History & Problem>('PUT', historyPath(patientId), { body, token });

  beforeAll(async () => {
    test = await startAuthTestApi();
    const staff = await signInStaff(test.client);
    ({ admin, reception, receptionId, doctor, doctorUserId } = staff);
    patient = await portalPatient(test, 'ada@example.test', 'Lovelace');
    otherPatient = await portalPatient(test, 'grace@example.test', 'Hopper');
    await insertAppointment(test.databaseUrl, staff.doctorId, patient.patientId);
  });
  afterAll(() => test.stop());

  it('is version 0 with every section empty before anything is recorded', async () => {
    const empty = await read(doctor);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      patientId: patient.patientId,
      version: 0,
      recordedAt: null,
      author: null,
      allergies: [],
      chronicConditions: [],
      pastSurgeries: [],
      familyHistory: [],
      currentMedications: [],
    });
  });

  it('is written by the doctor as versions 1 and 2, naming the author', async () => {
    const first = await write(doctor, { expectedVersion: 0, ...FIRST });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      patientId: patient.patientId,
      version: 1,
      author: { id: doctorUserId, name: 'Dana Okafor' },
      ...FIRST,
    });
    const second = await write(doctor, { expectedVersion: 1, ...SECOND });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      version: 2,
      allergies: [FIRST.allergies[0], { substance: 'Peanuts', reaction: null, severity: 'severe' }],
      currentMedications: [],
    });
  });

  it('refuses a write based on a stale version with 409 and records nothing', async () => {
    const stale = await write(doctor, { expectedVersion: 1, ...FIRST, chronicConditions: ['lost update'] });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('RESOURCE.VERSION_CONFLICT');
    const latest = await read(doctor);
    expect(latest.body.version).toBe(2);
    expect(latest.body.chronicConditions).toEqual(['Asthma']);
  });

  it('lists every version, newest first, with author and time, and reads any of them', async () => {
    const versions = await read<Page<VersionSummary>>(doctor, '/versions');
    expect(versions.status).toBe(200);
    expect(versions.body.total).toBe(2);
    expect(versions.body.items.map((item) => item.version)).toEqual([2, 1]);
    for (const item of versions.body.items) {
      expect(item.author).toEqual({ id: doctorUserId, name: 'Dana Okafor' });
      expect(Date.parse(item.recordedAt)).not.toBeNaN();
    }
    expect((await read<Page<VersionSummary>>(doctor, '/versions?limit=1&page=2')).body.items).toEqual([
      versions.body.items[1],
    ]);
    const first = await read(doctor, '/versions/1');
    expect(first.body).toMatchObject({ version: 1, ...FIRST });
    expect((await read(doctor, '/versions/3')).status).toBe(404);
    expect((await read(doctor, '/versions/0')).status).toBe(404);
    expect((await read(doctor, '/versions/one')).status).toBe(400);
  });

  it('lets the patient read their own history, naming its author without a staff user id, but not write it', async () => {
    const own = await read(patient.token);
    expect(own.status).toBe(200);
    expect(own.body.version).toBe(2);
    expect(own.body.author).toEqual({ name: 'Dana Okafor' });
    const versions = await read<Page<VersionSummary>>(patient.token, '/versions');
    expect(versions.body.total).toBe(2);
    expect(versions.body.items.map((item) => item.author)).toEqual([
      { name: 'Dana Okafor' },
      { name: 'Dana Okafor' },
    ]);
    expect((await write(patient.token, { expectedVersion: 2, ...FIRST })).status).toBe(403);
  });

  it('lets an admin read it, but only a doctor writes', async () => {
    expect((await read(admin)).body.version).toBe(2);
    expect((await write(admin, { expectedVersion: 2, ...FIRST })).status).toBe(403);
  });

  it('refuses receptionists with 403: their role never sees clinical data', async () => {
    expect((await read(reception)).status).toBe(403);
    expect((await read(reception, '/versions')).status).toBe(403);
    expect((await read(reception, '/versions/1')).status).toBe(403);
    expect((await write(reception, { expectedVersion: 2, ...FIRST })).status).toBe(403);
    const denied = await auditTrail(test.client, admin, { action: 'access.denied', actorId: receptionId });
    expect(denied.map((entry) => entry.resourceId)).toContain('GET /api/v1/patients/:id/medical-history');
  });

  it('answers another patient, and a doctor without an appointment, as if the patient did not exist', async () => {
    const missing = await read<Problem>(otherPatient.token, '', NOBODY);
    expect(missing.status).toBe(404);
    const other = await read<Problem>(otherPatient.token);
    expect(other.status).toBe(404);
    expect({ code: other.body.code, detail: other.body.detail }).toEqual({
      code: missing.body.code,
      detail: missing.body.detail,
    });
    expect((await read(otherPatient.token, '/versions')).status).toBe(404);
    expect((await read(doctor, '', otherPatient.patientId)).status).toBe(404);
    expect((await write(doctor, { expectedVersion: 0, ...FIRST }, otherPatient.patientId)).status).toBe(404);
  });

  it.each([
    ['no expected version', { ...FIRST }, 'expectedVersion'],
    ['a negative expected version', { expectedVersion: -1, ...FIRST }, 'expectedVersion'],
    ['a missing section', { expectedVersion: 2, ...FIRST, familyHistory: undefined }, 'familyHistory'],
    [
      'an unknown severity',
      { expectedVersion: 2, ...FIRST, allergies: [{ substance: 'Latex', severity: 'deadly' }] },
      'allergies.0.severity',
    ],
    [
      'a surgery in the future',
      { expectedVersion: 2, ...FIRST, pastSurgeries: [{ procedure: 'Knee', year: 2999 }] },
      'pastSurgeries.0.year',
    ],
    [
      'too many entries',
      { expectedVersion: 2, ...FIRST, chronicConditions: Array.from({ length: 101 }, (_, i) => `c${i}`) },
      'chronicConditions',
    ],
    [
      'an overlong entry',
      { expectedVersion: 2, ...FIRST, familyHistory: ['x'.repeat(501)] },
      'familyHistory',
    ],
    [
      'an unknown field in an entry',
      { expectedVersion: 2, ...FIRST, currentMedications: [{ name: 'X', route: 'oral' }] },
      'currentMedications.0.route',
    ],
  ])('refuses %s with 400 and records nothing', async (_, body, field) => {
    const answer = await write(doctor, body);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.field)).toContain(field);
    expect((await read(doctor)).body.version).toBe(2);
  });

  it('puts every read and write on the audit trail with the patient id', async () => {
    const entries = await auditTrail(test.client, admin, { patientId: patient.patientId });
    const outcomes = (action: string, actorId: string) =>
      entries
        .filter((entry) => entry.action === action && entry.actorId === actorId)
        .map((entry) => entry.outcome);
    expect(outcomes('medical_history.write', doctorUserId)).toEqual(
      expect.arrayContaining(['success', 'success', 'failure']),
    );
    expect(
      outcomes('medical_history.write', doctorUserId).filter((outcome) => outcome === 'success'),
    ).toHaveLength(2);
    expect(outcomes('medical_history.read', doctorUserId)).toEqual(
      expect.arrayContaining(['success', 'not_found']),
    );
    expect(outcomes('medical_history.read', patient.userId)).toContain('success');
    expect(outcomes('medical_history.read', otherPatient.userId)).toContain('not_found');
    for (const entry of entries.filter((item) => item.action.startsWith('medical_history.'))) {
      expect(entry.resourceId).toBe(patient.patientId);
    }

    const before = (await auditTrail(test.client, admin, { action: 'medical_history.read' })).length;
    await read(admin);
    await read(admin, '/versions');
    await read(admin, '/versions/2');
    expect((await auditTrail(test.client, admin, { action: 'medical_history.read' })).length).toBe(
      before + 3,
    );
  });
});
