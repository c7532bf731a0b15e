import { randomUUID } from 'node:crypto';

import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import {
  createDoctors,
  createPatients,
  dayRange,
  EVERY_DAY,
  localDateAhead,
} from '../support/scheduling-fixtures';
import { runSql } from '../support/sql';
import type { SlotView } from '@healthsync/contracts/scheduling/scheduling.responses';

interface Appointment {
  id: string;
  status: string;
  startsAt: string;
  version: number;
  code?: string;
}

describe('booking: one slot, one winner', () => {
  let test: AuthTestApi;
  let reception: string;
  const day = localDateAhead(10);

  beforeAll(async () => {
    test = await startAuthTestApi({ BOOKING_LEAD_MINUTES: '0', BOOKING_HORIZON_DAYS: '60' });
    reception = await test.client.accessToken(DEMO_EMAILS.receptionist);
  });
  afterAll(() => test.stop());

  const slotsOf = async (doctorId: string, token = reception) => {
    const answer = await test.client.get<{ slots: SlotView[] }>(
      `/api/v1/doctors/${doctorId}/slots?from=${dayRange(day).from}&to=${dayRange(day).to}`,
      token,
    );
    expect(answer.status).toBe(200);
    return answer.body.slots.filter((slot) => slot.date === day);
  };
  const book = (body: object, token = reception, headers: Record<string, string> = {}) =>
    test.client.request<Appointment>('POST', '/api/v1/appointments', {
      token,
      body: { type: 'consultation', ...body },
      headers,
    });
  const rowsAt = (doctorId: string) =>
    runSql(test.databaseUrl, `SELECT id FROM appointments WHERE doctor_id = $1 AND status <> 'cancelled'`, [
      doctorId,
    ]);

  it('lets exactly one of 50 concurrent bookings of one slot (different patients) through', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '12:00'));
    const patients = await createPatients(test.databaseUrl, 50);
    const [slot] = await slotsOf(doctorId as string);
    const answers = await Promise.all(
      patients.map((patientId) => book({ doctorId, startsAt: slot?.startsAt, patientId })),
    );

    expect(tally(answers)).toEqual({ '201': 1, '409 APPOINTMENT.SLOT_UNAVAILABLE': 49 });
    expect(await rowsAt(doctorId as string)).toHaveLength(1);
  });

  it('lets one patient book only one of 50 doctors at the same time', async () => {
    const doctors = await createDoctors(test.databaseUrl, 50, EVERY_DAY('09:00', '12:00'));
    const [patientId] = await createPatients(test.databaseUrl, 1);
    const [slot] = await slotsOf(doctors[0] as string);
    const answers = await Promise.all(
      doctors.map((doctorId) => book({ doctorId, startsAt: slot?.startsAt, patientId })),
    );

    expect(tally(answers)).toEqual({ '201': 1, '409 APPOINTMENT.PATIENT_BUSY': 49 });
    expect(
      await runSql(test.databaseUrl, `SELECT id FROM appointments WHERE patient_id = $1`, [patientId]),
    ).toHaveLength(1);
  });

  it('settles a reschedule racing a booking of the target slot: one wins, nothing is half done', async () => {
    for (let round = 0; round < 5; round += 1) {
      const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '12:00'));
      const [first, second] = await createPatients(test.databaseUrl, 2);
      const [origin, target] = await slotsOf(doctorId as string);
      const booked = await book({ doctorId, startsAt: origin?.startsAt, patientId: first });
      expect(booked.status).toBe(201);

      const [moved, competing] = await Promise.all([
        test.client.request<Appointment>('PATCH', `/api/v1/appointments/${booked.body.id}`, {
          token: reception,
          body: { startsAt: target?.startsAt },
        }),
        book({ doctorId, startsAt: target?.startsAt, patientId: second }),
      ]);
      expect([moved.status === 200, competing.status === 201].filter(Boolean)).toHaveLength(1);
      expect(moved.status === 200 ? competing.status : moved.status).toBe(409);
      const rows = await runSql<{ patient_id: string; starts_at: Date }>(
        test.databaseUrl,
        `SELECT patient_id, starts_at FROM appointments WHERE doctor_id = $1 ORDER BY starts_at`,
        [doctorId],
      );
      const starts = rows.map((row) => new Date(row.starts_at).toISOString());
      if (moved.status === 200) expect(starts).toEqual([target?.startsAt]);
      else expect(starts).toEqual([origin?.startsAt, target?.startsAt]);
    }
  });

  it('returns the same appointment for a retried request with the same Idempotency-Key', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '12:00'));
    const [patientId] = await createPatients(test.databaseUrl, 1);
    const [slot] = await slotsOf(doctorId as string);
    const key = randomUUID();
    const body = { doctorId, startsAt: slot?.startsAt, patientId };

    const [one, two] = await Promise.all([
      book(body, reception, { 'Idempotency-Key': key }),
      book(body, reception, { 'Idempotency-Key': key }),
    ]);
    const three = await book(body, reception, { 'Idempotency-Key': key });
    expect([one.status, two.status, three.status]).toEqual([201, 201, 201]);
    expect(new Set([one.body.id, two.body.id, three.body.id]).size).toBe(1);
    expect(await rowsAt(doctorId as string)).toHaveLength(1);

    const reused = await book({ ...body, reason: 'different' }, reception, { 'Idempotency-Key': key });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('REQUEST.IDEMPOTENCY_KEY_REUSED');
  });

  it('holds a slot for one patient: others neither see nor book it, and it lapses by itself', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '10:00'));
    const holder = await test.client.accessToken(DEMO_EMAILS.patient);
    const [other] = await createPatients(test.databaseUrl, 1);
    const [slot] = await slotsOf(doctorId as string);

    const hold = await test.client.post<Appointment & { holdExpiresAt: string }>(
      '/api/v1/appointments/holds',
      { doctorId, startsAt: slot?.startsAt, type: 'consultation' },
      holder,
    );
    expect(hold.status).toBe(201);
    expect(hold.body.status).toBe('held');
    expect((await slotsOf(doctorId as string)).map((free) => free.startsAt)).not.toContain(slot?.startsAt);
    expect((await book({ doctorId, startsAt: slot?.startsAt, patientId: other })).status).toBe(409);

    await runSql(
      test.databaseUrl,
      `UPDATE appointments SET hold_expires_at = now() - interval '1 second' WHERE id = $1`,
      [hold.body.id],
    );
    await runSql(
      test.databaseUrl,
      `UPDATE doctors SET schedule_version = schedule_version + 1 WHERE id = $1`,
      [doctorId],
    );
    expect((await slotsOf(doctorId as string)).map((free) => free.startsAt)).toContain(slot?.startsAt);
    expect((await book({ doctorId, startsAt: slot?.startsAt, holdId: hold.body.id }, holder)).status).toBe(
      409,
    );
    expect((await book({ doctorId, startsAt: slot?.startsAt, patientId: other })).status).toBe(201);
  });

  it('books with a live hold even while others hammer the slot list', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '10:00'));
    const holder = await test.client.accessToken(DEMO_EMAILS.patient);
    const [slot] = await slotsOf(doctorId as string);
    const hold = await test.client.post<Appointment>(
      '/api/v1/appointments/holds',
      { doctorId, startsAt: slot?.startsAt, type: 'consultation' },
      holder,
    );
    const hammering = Promise.all(Array.from({ length: 30 }, () => slotsOf(doctorId as string)));
    const booked = await book(
      { doctorId, startsAt: slot?.startsAt, holdId: hold.body.id, reason: 'Check-up' },
      holder,
    );
    await hammering;
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ id: hold.body.id, status: 'scheduled' });
  });

  it('refuses a time that is not a free slot, and an unknown doctor', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '10:00'));
    const [patientId] = await createPatients(test.databaseUrl, 1);
    const [slot] = await slotsOf(doctorId as string);
    const offGrid = new Date(Date.parse(slot?.startsAt ?? '') + 7 * 60_000).toISOString();
    expect((await book({ doctorId, startsAt: offGrid, patientId })).status).toBe(409);
    expect((await book({ doctorId: randomUUID(), startsAt: slot?.startsAt, patientId })).status).toBe(404);
    expect((await book({ doctorId, startsAt: 'tomorrow', patientId })).status).toBe(400);
  });
});

/** Answers counted by status and error code, so a failure shows every answer there was. */
function tally(answers: Array<{ status: number; body: { code?: string } }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status, body } of answers) {
    const key = body.code ? `${status} ${body.code}` : String(status);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
