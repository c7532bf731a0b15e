import { DEMO_EMAILS } from '../support/api-client';
import { registerPatient, startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { createDoctors, EVERY_DAY, localDateAhead } from '../support/scheduling-fixtures';
import { runSql } from '../support/sql';

interface Appointment {
  id: string;
  status: string;
  version: number;
  doctorId: string;
  startsAt: string;
  code?: string;
  legalActions?: string[];
}

const HOUR_MS = 3_600_000;

/**
 * A clinic zone (a whole-hour UTC offset) in which it is now about noon. Check-in needs an appointment
 * today, so today must still have free slots in the 08:00–18:00 availability whatever the hour the
 * suite runs.
 */
function zoneWhereItIsNoon(now = new Date()): string {
  const offset = 12 - now.getUTCHours(); // -11 … +12; Etc/GMT names have the sign inverted
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const ZONE = zoneWhereItIsNoon();

/** A UTC range that holds the whole clinic-local day whatever the zone's offset (callers filter by date). */
function aroundDay(date: string): { from: string; to: string } {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  return {
    from: new Date(midnightUtc - 14 * HOUR_MS).toISOString(),
    to: new Date(midnightUtc + 38 * HOUR_MS).toISOString(),
  };
}

describe('the appointment lifecycle, per role', () => {
  let test: AuthTestApi;
  const tokens: Record<string, string> = {};
  let demoDoctorId: string;

  beforeAll(async () => {
    test = await startAuthTestApi({ BOOKING_LEAD_MINUTES: '0', CLINIC_TIME_ZONE: ZONE });
    for (const [role, email] of Object.entries(DEMO_EMAILS))
      tokens[role] = await test.client.accessToken(email);
    demoDoctorId = (await test.client.get<{ doctorId: string }>('/api/v1/auth/me', tokens['doctor'])).body
      .doctorId;
  });
  afterAll(() => test.stop());

  /** The demo patient books the demo doctor's first free slot of a clinic day `daysAhead` from today (0: today). */
  async function bookDemo(daysAhead: number, slotIndex = 0): Promise<Appointment> {
    const day = localDateAhead(daysAhead, ZONE);
    const { from, to } = aroundDay(day);
    const slots = await test.client.get<{ slots: Array<{ startsAt: string; date: string }> }>(
      `/api/v1/doctors/${demoDoctorId}/slots?from=${from}&to=${to}`,
      tokens['patient'],
    );
    const slot = slots.body.slots.filter((candidate) => candidate.date === day)[slotIndex];
    const booked = await test.client.post<Appointment>(
      '/api/v1/appointments',
      { doctorId: demoDoctorId, startsAt: slot?.startsAt, type: 'consultation' },
      tokens['patient'],
    );
    expect(booked.status).toBe(201);
    return booked.body;
  }

  const act = (id: string, action: string, role: string, body: object = {}) =>
    test.client.post<Appointment>(`/api/v1/appointments/${id}/${action}`, body, tokens[role]);

  beforeAll(async () => {
    const admin = tokens['admin'];
    const rules = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      start: '08:00',
      end: '18:00',
      slotMinutes: 30,
    }));
    expect(
      (
        await test.client.request('PUT', `/api/v1/doctors/${demoDoctorId}/availability`, {
          token: admin,
          body: { rules },
        })
      ).status,
    ).toBe(200);
  });

  it('runs scheduled → confirmed → checked_in → in_progress → completed with the right roles, recording each step', async () => {
    const appointment = await bookDemo(0);
    expect(appointment.status).toBe('scheduled');
    expect((await act(appointment.id, 'confirm', 'doctor')).body.status).toBe('confirmed');
    expect((await act(appointment.id, 'check-in', 'receptionist')).body.status).toBe('checked_in');
    expect((await act(appointment.id, 'start', 'doctor')).body.status).toBe('in_progress');
    const completed = await act(appointment.id, 'complete', 'doctor');
    expect(completed.body).toMatchObject({ status: 'completed', version: 5 });

    const history = await test.client.get<Array<{ from: string | null; to: string }>>(
      `/api/v1/appointments/${appointment.id}/history`,
      tokens['patient'],
    );
    expect(history.body.map((step) => `${step.from ?? '-'}→${step.to}`)).toEqual([
      '-→scheduled',
      'scheduled→confirmed',
      'confirmed→checked_in',
      'checked_in→in_progress',
      'in_progress→completed',
    ]);
    // The reminder sweep may add an `appointment.reminder_due` at any moment: the visit is within a day.
    const events = await runSql<{ event_type: string }>(
      test.databaseUrl,
      `SELECT event_type FROM outbox_events WHERE aggregate_id = $1 AND event_type <> 'appointment.reminder_due' ORDER BY id`,
      [appointment.id],
    );
    expect(events.map((event) => event.event_type)).toEqual([
      'appointment.booked',
      'appointment.confirmed',
      'appointment.checked_in',
      'appointment.started',
      'appointment.completed',
    ]);
  });

  it('names who made each change by name and role; a patient is never shown a staff user id', async () => {
    // Tomorrow, and cancelled in the end: nothing here joins today's queue of the test below.
    const appointment = await bookDemo(1, 2);
    expect((await act(appointment.id, 'confirm', 'doctor')).status).toBe(200);
    expect((await act(appointment.id, 'cancel', 'receptionist', { reason: 'Doctor unwell' })).status).toBe(
      200,
    );
    const me = async (role: string) =>
      (
        await test.client.get<{ id: string; firstName: string; lastName: string }>(
          '/api/v1/auth/me',
          tokens[role],
        )
      ).body;
    const [patient, doctor, reception] = [await me('patient'), await me('doctor'), await me('receptionist')];
    const historyAs = (role: string) =>
      test.client.get<Array<Record<string, unknown>>>(
        `/api/v1/appointments/${appointment.id}/history`,
        tokens[role],
      );

    const seenByPatient = await historyAs('patient');
    expect(seenByPatient.status).toBe(200);
    expect(seenByPatient.body.map((step) => step['actor'])).toEqual([
      { name: `${patient.firstName} ${patient.lastName}`, role: 'patient' },
      { name: 'Dana Okafor', role: 'doctor' },
      { name: 'Riley Chen', role: 'receptionist' },
    ]);
    const text = JSON.stringify(seenByPatient.body);
    expect(text).not.toContain(doctor.id);
    expect(text).not.toContain(reception.id);
    expect(seenByPatient.body[0]).not.toHaveProperty('actorId');

    const seenByDesk = await historyAs('receptionist');
    expect(seenByDesk.body.map((step) => step['actor'])).toEqual([
      { id: patient.id, name: `${patient.firstName} ${patient.lastName}`, role: 'patient' },
      { id: doctor.id, name: 'Dana Okafor', role: 'doctor' },
      { id: reception.id, name: 'Riley Chen', role: 'receptionist' },
    ]);
  });
  it('refuses to check in an appointment of another day with 422, changing nothing', async () => {
    const appointment = await bookDemo(1);
    const confirmed = await act(appointment.id, 'confirm', 'receptionist');
    expect(confirmed.body.status).toBe('confirmed');

    const refused = await act(appointment.id, 'check-in', 'receptionist');
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      code: 'APPOINTMENT.CHECK_IN_NOT_TODAY',
      detail: 'A patient can be checked in only on the day of their appointment.',
      startsAt: appointment.startsAt,
    });
    expect((await act(appointment.id, 'start', 'doctor')).status).toBe(409);

    const after = await test.client.get<Appointment>(
      `/api/v1/appointments/${appointment.id}`,
      tokens['doctor'],
    );
    expect(after.body).toMatchObject({ status: 'confirmed', version: confirmed.body.version });
    const history = await test.client.get<Array<{ action: string }>>(
      `/api/v1/appointments/${appointment.id}/history`,
      tokens['receptionist'],
    );
    expect(history.body.map((step) => step.action)).toEqual(['book', 'confirm']);
    // The reminder sweep may add an `appointment.reminder_due` at any moment: the visit is within a day.
    const events = await runSql<{ event_type: string }>(
      test.databaseUrl,
      `SELECT event_type FROM outbox_events WHERE aggregate_id = $1 AND event_type <> 'appointment.reminder_due' ORDER BY id`,
      [appointment.id],
    );
    expect(events.map((event) => event.event_type)).toEqual(['appointment.booked', 'appointment.confirmed']);
  });

  it('answers an illegal transition with 409 naming the legal ones', async () => {
    const appointment = await bookDemo(4);
    const refused = await act(appointment.id, 'complete', 'doctor');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'APPOINTMENT.ILLEGAL_TRANSITION',
      legalActions: expect.arrayContaining(['confirm', 'cancel']),
    });
    expect((await act(appointment.id, 'start', 'doctor')).status).toBe(409);
  });

  it('keeps each role to its actions', async () => {
    const appointment = await bookDemo(5);
    expect((await act(appointment.id, 'confirm', 'patient')).status).toBe(403);
    expect((await act(appointment.id, 'check-in', 'doctor')).status).toBe(403);
    expect((await act(appointment.id, 'start', 'receptionist')).status).toBe(403);
    expect((await act(appointment.id, 'complete', 'receptionist')).status).toBe(403);
    expect((await act(appointment.id, 'cancel', 'doctor')).status).toBe(403);
  });

  it("hides another doctor's appointment from a doctor, and another patient's from a patient", async () => {
    const appointment = await bookDemo(6);
    const [otherDoctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('08:00', '09:00'));
    const otherDoctor = await runSql<{ email: string }>(
      test.databaseUrl,
      `SELECT u.email FROM users u JOIN doctors d ON d.user_id = u.id WHERE d.id = $1`,
      [otherDoctorId],
    );
    await runSql(
      test.databaseUrl,
      `UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = $1) WHERE email = $2`,
      [DEMO_EMAILS.doctor, otherDoctor[0]?.email],
    );
    const otherToken = await test.client.accessToken(otherDoctor[0]?.email ?? '');
    expect((await test.client.get(`/api/v1/appointments/${appointment.id}`, otherToken)).status).toBe(404);
    expect((await act(appointment.id, 'confirm', 'doctor')).status).toBe(200);
    const list = await test.client.get<{ items: Appointment[] }>(
      '/api/v1/appointments?limit=100',
      otherToken,
    );
    expect(list.body.items).toEqual([]);

    await registerPatient(test, {
      email: 'nosy@example.test',
      password: 'Curious-cat-2026!',
      firstName: 'N',
      lastName: 'O',
      dateOfBirth: '1999-09-09',
    });
    const nosy = await test.client.accessToken('nosy@example.test', 'Curious-cat-2026!');
    expect((await test.client.get(`/api/v1/appointments/${appointment.id}`, nosy)).status).toBe(404);
    expect((await test.client.get<{ total: number }>('/api/v1/appointments', nosy)).body.total).toBe(0);
    expect(
      (await test.client.get<{ total: number }>('/api/v1/appointments', tokens['patient'])).body.total,
    ).toBeGreaterThan(0);
  });

  it('lets a patient cancel before the cut-off but not after; staff cancel any time, with a reason', async () => {
    const early = await bookDemo(7);
    expect((await act(early.id, 'cancel', 'patient')).body.status).toBe('cancelled');

    const late = await bookDemo(8);
    await runSql(
      test.databaseUrl,
      `UPDATE appointments SET starts_at = now() + interval '2 hours', ends_at = now() + interval '150 minutes', busy_until = now() + interval '150 minutes' WHERE id = $1`,
      [late.id],
    );
    const refused = await act(late.id, 'cancel', 'patient');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('APPOINTMENT.PAST_CANCELLATION_CUTOFF');
    expect((await act(late.id, 'cancel', 'receptionist')).status).toBe(400);
    const cancelled = await act(late.id, 'cancel', 'receptionist', { reason: 'Doctor unwell' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Doctor unwell' });
  });

  it('refuses a no-show before the start, accepts it after', async () => {
    const appointment = await bookDemo(9);
    const early = await act(appointment.id, 'no-show', 'receptionist');
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('APPOINTMENT.TOO_EARLY_FOR_NO_SHOW');
    await runSql(
      test.databaseUrl,
      `UPDATE appointments SET starts_at = now() - interval '20 minutes', ends_at = now() + interval '10 minutes', busy_until = now() + interval '10 minutes' WHERE id = $1`,
      [appointment.id],
    );
    expect((await act(appointment.id, 'no-show', 'doctor')).body.status).toBe('no_show');
  });

  it('catches a concurrent edit with the expected version instead of losing it', async () => {
    const appointment = await bookDemo(10);
    expect(
      (await act(appointment.id, 'confirm', 'receptionist', { expectedVersion: appointment.version })).status,
    ).toBe(200);
    const stale = await act(appointment.id, 'cancel', 'receptionist', {
      expectedVersion: appointment.version,
      reason: 'stale view',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('RESOURCE.VERSION_CONFLICT');
  });

  it('reschedules a patient’s own appointment, keeping its id and history', async () => {
    const appointment = await bookDemo(11);
    const day = localDateAhead(12, ZONE);
    const { from, to } = aroundDay(day);
    const slots = await test.client.get<{ slots: Array<{ startsAt: string; date: string }> }>(
      `/api/v1/doctors/${demoDoctorId}/slots?from=${from}&to=${to}`,
      tokens['patient'],
    );
    const target = slots.body.slots.find((slot) => slot.date === day);
    const moved = await test.client.request<Appointment>('PATCH', `/api/v1/appointments/${appointment.id}`, {
      token: tokens['patient'],
      body: { startsAt: target?.startsAt },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: appointment.id, startsAt: target?.startsAt, status: 'scheduled' });
    const history = await test.client.get<Array<{ action: string }>>(
      `/api/v1/appointments/${appointment.id}/history`,
      tokens['receptionist'],
    );
    expect(history.body.map((step) => step.action)).toEqual(['book', 'reschedule']);
  });

  it('shows the front desk the checked-in patients of the day in arrival order, with waiting time', async () => {
    const first = await bookDemo(0, 0);
    const second = await bookDemo(0, 1);
    for (const appointment of [second, first]) {
      expect((await act(appointment.id, 'confirm', 'receptionist')).status).toBe(200);
      expect((await act(appointment.id, 'check-in', 'receptionist')).status).toBe(200);
    }
    await runSql(
      test.databaseUrl,
      `UPDATE appointments SET checked_in_at = now() - interval '12 minutes' WHERE id = $1`,
      [second.id],
    );
    const queue = await test.client.get<Array<{ id: string; waitingMinutes: number }>>(
      `/api/v1/appointments/queue?date=${localDateAhead(0, ZONE)}`,
      tokens['receptionist'],
    );
    expect(queue.status).toBe(200);
    expect(queue.body.map((entry) => entry.id)).toEqual([second.id, first.id]);
    expect(queue.body[0]?.waitingMinutes).toBeGreaterThanOrEqual(12);
    expect((await test.client.get('/api/v1/appointments/queue', tokens['patient'])).status).toBe(403);
  });
});
