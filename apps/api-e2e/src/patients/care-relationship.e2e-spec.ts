import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { createPatients } from '../support/scheduling-fixtures';
import { runSql } from '../support/sql';
import { insertAppointment, signInStaff, type ClinicStaff, type Page } from './patient-fixtures';
import type { SlotView } from '@healthsync/contracts/scheduling/scheduling.responses';

const DAY_MS = 86_400_000;
/** Beyond the days whose free slots the tests book, so nothing inserted here takes one of them. */
const farAhead = (days: number) => new Date(Date.now() + (20 + days) * DAY_MS);
const HISTORY = {
  expectedVersion: 0,
  allergies: [],
  chronicConditions: ['Asthma'],
  pastSurgeries: [],
  familyHistory: [],
  currentMedications: [],
};

/**
 * The care relationship over HTTP: which of a doctor's appointments with a patient let the doctor
 * see the patient's record and read and write their medical history (README, access control).
 */
describe('the care relationship', () => {
  let test: AuthTestApi;
  let staff: ClinicStaff;
  let freeSlots: SlotView[];

  const readHistory = (patientId: string) =>
    test.client.get(`/api/v1/patients/${patientId}/medical-history`, staff.doctor);
  const writeHistory = (patientId: string) =>
    test.client.request('PUT', `/api/v1/patients/${patientId}/medical-history`, {
      token: staff.doctor,
      body: HISTORY,
    });
  const readRecord = (patientId: string) => test.client.get(`/api/v1/patients/${patientId}`, staff.doctor);
  const searchByIds = async (ids: string[]) =>
    (await test.client.get<Page<{ id: string }>>(`/api/v1/patients?ids=${ids.join(',')}`, staff.doctor)).body
      .items;

  /** Every way the doctor can reach the patient: all 200, or all 404 and absent from the list. */
  async function expectAccess(patientId: string, granted: boolean) {
    const expected = granted ? [200, 200, 200] : [404, 404, 404];
    const answers = [
      await readRecord(patientId),
      await readHistory(patientId),
      await writeHistory(patientId),
    ];
    expect(answers.map((answer) => answer.status)).toEqual(expected);
    expect((await searchByIds([patientId])).map((patient) => patient.id)).toEqual(granted ? [patientId] : []);
  }

  async function book(patientId: string) {
    const slot = freeSlots.shift();
    if (!slot) throw new Error('no free slot left');
    const booked = await test.client.request<{ id: string; version: number }>(
      'POST',
      '/api/v1/appointments',
      {
        token: staff.reception,
        body: { doctorId: staff.doctorId, patientId, startsAt: slot.startsAt, type: 'consultation' },
      },
    );
    expect(booked.status).toBe(201);
    return booked.body;
  }

  const newPatient = async () => (await createPatients(test.databaseUrl, 1))[0] as string;

  beforeAll(async () => {
    test = await startAuthTestApi({ BOOKING_LEAD_MINUTES: '0' });
    staff = await signInStaff(test.client);
    const from = new Date(Date.now() + DAY_MS).toISOString();
    const to = new Date(Date.now() + 15 * DAY_MS).toISOString();
    const slots = await test.client.get<{ slots: SlotView[] }>(
      `/api/v1/doctors/${staff.doctorId}/slots?from=${from}&to=${to}`,
      staff.reception,
    );
    freeSlots = slots.body.slots;
  });
  afterAll(() => test.stop());

  it('is not made by a booking the front desk cancelled at once', async () => {
    const patientId = await newPatient();
    const booked = await book(patientId);
    const cancelled = await test.client.request('POST', `/api/v1/appointments/${booked.id}/cancel`, {
      token: staff.reception,
      body: { reason: 'Booked by mistake' },
    });
    expect(cancelled.status).toBe(200);
    await expectAccess(patientId, false);
    const versions = await runSql(
      test.databaseUrl,
      `SELECT 1 FROM document_versions WHERE document_key = $1`,
      [patientId],
    );
    expect(versions).toEqual([]);
  });

  it.each([
    ['a no-show', 'no_show', {}],
    ['a slot held while booking', 'held', { startsAt: farAhead(1) }],
    ['a hold that lapsed', 'held', { startsAt: farAhead(2), holdMinutes: -1 }],
    ['a booking whose time passed without a visit', 'scheduled', { startsAt: new Date(Date.now() - DAY_MS) }],
    [
      'a visit completed longer ago than the care period',
      'completed',
      { startsAt: new Date(Date.now() - 750 * DAY_MS) },
    ],
  ])('is not made by %s', async (_, status, options) => {
    const patientId = await newPatient();
    await insertAppointment(test.databaseUrl, staff.doctorId, patientId, status, options);
    await expectAccess(patientId, false);
  });

  it.each([
    ['a patient checked in today', 'checked_in', { startsAt: new Date(Date.now() - 10 * 60_000) }],
    ['a visit in progress', 'in_progress', { startsAt: new Date(Date.now() - 50 * 60_000) }],
    [
      'a visit completed within the care period',
      'completed',
      { startsAt: new Date(Date.now() - 700 * DAY_MS) },
    ],
  ])('is made by %s', async (_, status, options) => {
    const patientId = await newPatient();
    await insertAppointment(test.databaseUrl, staff.doctorId, patientId, status, options);
    await expectAccess(patientId, true);
  });

  it('is made by an upcoming booking, scheduled or confirmed, and ends when it is cancelled', async () => {
    const scheduled = await newPatient();
    await book(scheduled);
    await expectAccess(scheduled, true);

    const confirmed = await newPatient();
    const booking = await book(confirmed);
    const confirm = await test.client.request('POST', `/api/v1/appointments/${booking.id}/confirm`, {
      token: staff.doctor,
      body: {},
    });
    expect(confirm.status).toBe(200);
    await expectAccess(confirmed, true);

    const cancel = await test.client.request('POST', `/api/v1/appointments/${booking.id}/cancel`, {
      token: staff.reception,
      body: { reason: 'Patient called' },
    });
    expect(cancel.status).toBe(200);
    await expectAccess(confirmed, false);
  });

  it('is the same rule for the doctor’s patient list', async () => {
    const related = await newPatient();
    const unrelated = await newPatient();
    await insertAppointment(test.databaseUrl, staff.doctorId, related, 'completed');
    await insertAppointment(test.databaseUrl, staff.doctorId, unrelated, 'cancelled');
    expect((await searchByIds([related, unrelated])).map((patient) => patient.id)).toEqual([related]);
    const all = await test.client.get<Page<{ id: string }>>('/api/v1/patients?limit=100', staff.doctor);
    const listed = all.body.items.map((patient) => patient.id);
    expect(listed).toContain(related);
    expect(listed).not.toContain(unrelated);
  });
});
