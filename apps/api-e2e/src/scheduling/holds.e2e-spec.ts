import { auditTrail, portalPatient } from '../patients/patient-fixtures';
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
  patientId: string;
  status: string;
  startsAt: string;
  code?: string;
  detail?: string;
}

const HOLDS_PER_ADDRESS = 6;

/**
 * Slot holds cannot exhaust a doctor's day: at most two live holds per patient (also under
 * concurrency) and a budget per client address; the front desk sees who holds what and releases a
 * hold, which frees the slot at once.
 */
describe('slot holds', () => {
  let test: AuthTestApi;
  let reception: string;
  let admin: string;
  let doctor: string;
  let holder: { token: string; patientId: string };
  let bystander: { token: string; patientId: string };
  const day = localDateAhead(10);
  let address = 0;
  let from: Record<string, string> = {};

  beforeAll(async () => {
    test = await startAuthTestApi({
      BOOKING_LEAD_MINUTES: '0',
      BOOKING_HORIZON_DAYS: '60',
      HOLD_LIMIT_PER_ADDRESS: String(HOLDS_PER_ADDRESS),
    });
    reception = await test.client.accessToken(DEMO_EMAILS.receptionist);
    admin = await test.client.accessToken(DEMO_EMAILS.admin);
    doctor = await test.client.accessToken(DEMO_EMAILS.doctor);
    bystander = await portalPatient(test, 'bystander@example.test', 'Bystander');
  });
  /** Each test a new holder (live holds last five minutes) and its own client address. */
  beforeEach(async () => {
    address += 1;
    from = { 'x-forwarded-for': `203.0.113.${address}` };
    holder = await portalPatient(test, `holder-${address}@example.test`, 'Holder');
  });
  afterAll(() => test.stop());

  const freeSlots = async (doctorId: string) => {
    const answer = await test.client.get<{ slots: SlotView[] }>(
      `/api/v1/doctors/${doctorId}/slots?from=${dayRange(day).from}&to=${dayRange(day).to}`,
      reception,
    );
    expect(answer.status).toBe(200);
    return answer.body.slots.filter((slot) => slot.date === day).map((slot) => slot.startsAt);
  };
  const hold = (token: string, doctorId: string, startsAt: string | undefined, patientId?: string) =>
    test.client.request<Appointment>('POST', '/api/v1/appointments/holds', {
      token,
      body: { doctorId, startsAt, type: 'consultation', ...(patientId ? { patientId } : {}) },
      headers: from,
    });
  const release = (token: string, id: string) =>
    test.client.request<Appointment>('POST', `/api/v1/appointments/${id}/release`, { token, body: {} });
  const heldList = async (token: string) => {
    const answer = await test.client.get<{ items: Appointment[] }>('/api/v1/appointments?status=held', token);
    return { status: answer.status, ids: answer.body.items?.map((item) => item.id) ?? [] };
  };
  const newDoctor = async () =>
    (await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '16:00')))[0] as string;

  it('lets one patient hold two slots at a time, not the whole day', async () => {
    const doctorId = await newDoctor();
    const slots = await freeSlots(doctorId);
    expect(slots).toHaveLength(14);
    const answers = [];
    for (const startsAt of slots.slice(0, 4)) answers.push(await hold(holder.token, doctorId, startsAt));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 409, 409]);
    expect(answers[2]?.body.code).toBe('APPOINTMENT.TOO_MANY_HOLDS');
    expect(answers[2]?.body.detail).toMatch(/2 slots/);
    expect(await freeSlots(doctorId)).toHaveLength(12);
    // Booking one of them (or its lapsing) makes room for another hold.
    const booked = await test.client.request('POST', '/api/v1/appointments', {
      token: holder.token,
      body: { doctorId, startsAt: slots[0], type: 'consultation', holdId: answers[0]?.body.id },
    });
    expect(booked.status).toBe(201);
    expect((await hold(holder.token, doctorId, slots[5])).status).toBe(201);
  });

  it('keeps to two live holds under concurrent requests', async () => {
    const doctorId = await newDoctor();
    const [patientId] = await createPatients(test.databaseUrl, 1);
    const slots = await freeSlots(doctorId);
    const answers = await Promise.all(
      slots.slice(0, 10).map((startsAt, index) => {
        from = { 'x-forwarded-for': `198.51.100.${index + 1}` };
        return hold(reception, doctorId, startsAt, patientId);
      }),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(2);
    expect(new Set(answers.filter((answer) => answer.status !== 201).map((answer) => answer.status))).toEqual(
      new Set([409]),
    );
    const rows = await runSql(test.databaseUrl, `SELECT id FROM appointments WHERE patient_id = $1`, [
      patientId,
    ]);
    expect(rows).toHaveLength(2);
  });

  it(`answers 429 to more than ${HOLDS_PER_ADDRESS} holds from one client address, whoever asks`, async () => {
    const doctorId = await newDoctor();
    const patients = await createPatients(test.databaseUrl, HOLDS_PER_ADDRESS + 1);
    const slots = await freeSlots(doctorId);
    const statuses = [];
    for (const [index, patientId] of patients.entries())
      statuses.push((await hold(reception, doctorId, slots[index], patientId)).status);
    expect(statuses).toEqual([...Array<number>(HOLDS_PER_ADDRESS).fill(201), 429]);
    from = { 'x-forwarded-for': '192.0.2.200' };
    expect((await hold(holder.token, doctorId, slots[HOLDS_PER_ADDRESS + 1])).status).not.toBe(429);
  });

  it('shows the front desk who holds which slot; patients see only their own, doctors none', async () => {
    const doctorId = await newDoctor();
    const [startsAt] = await freeSlots(doctorId);
    const held = await hold(holder.token, doctorId, startsAt);
    expect(held.status).toBe(201);

    const forDesk = await test.client.get<{ items: Appointment[] }>(
      '/api/v1/appointments?status=held',
      reception,
    );
    expect(forDesk.body.items.find((item) => item.id === held.body.id)).toMatchObject({
      patientId: holder.patientId,
      status: 'held',
      startsAt,
    });
    expect((await heldList(admin)).ids).toContain(held.body.id);
    expect((await heldList(holder.token)).ids).toContain(held.body.id);
    expect((await heldList(bystander.token)).ids).not.toContain(held.body.id);
    expect((await heldList(doctor)).ids).not.toContain(held.body.id);
    // The unfiltered list still leaves holds out, and a lapsed hold is no longer listed.
    const everything = await test.client.get<{ items: Appointment[] }>(
      '/api/v1/appointments?limit=100',
      reception,
    );
    expect(everything.body.items.map((item) => item.id)).not.toContain(held.body.id);
    await runSql(test.databaseUrl, `UPDATE appointments SET hold_expires_at = now() WHERE id = $1`, [
      held.body.id,
    ]);
    expect((await heldList(reception)).ids).not.toContain(held.body.id);
  });

  it('lets the front desk release any hold and a patient their own; the slot is free again at once', async () => {
    const doctorId = await newDoctor();
    const [first, second] = await freeSlots(doctorId);
    const one = await hold(holder.token, doctorId, first);
    const two = await hold(holder.token, doctorId, second);

    expect((await release(bystander.token, one.body.id)).status).toBe(404);
    expect((await release(doctor, one.body.id)).status).toBe(403);
    const byDesk = await release(reception, one.body.id);
    expect(byDesk.status).toBe(200);
    expect(byDesk.body).toMatchObject({ id: one.body.id, patientId: holder.patientId });
    expect(await freeSlots(doctorId)).toContain(first);
    expect((await release(reception, one.body.id)).status).toBe(404);

    expect((await release(holder.token, two.body.id)).status).toBe(200);
    expect(await freeSlots(doctorId)).toContain(second);

    const trail = await auditTrail(test.client, admin, { action: 'appointment.release' });
    expect(trail.map((entry) => [entry.resourceId, entry.patientId, entry.outcome])).toEqual(
      expect.arrayContaining([
        [one.body.id, holder.patientId, 'success'],
        [two.body.id, holder.patientId, 'success'],
      ]),
    );
  });

  it('releases holds only: a booked appointment is not found there', async () => {
    const doctorId = await newDoctor();
    const [startsAt] = await freeSlots(doctorId);
    const booked = await test.client.request<Appointment>('POST', '/api/v1/appointments', {
      token: holder.token,
      body: { doctorId, startsAt, type: 'consultation' },
    });
    expect(booked.status).toBe(201);
    expect((await release(reception, booked.body.id)).status).toBe(404);
    expect((await release(holder.token, booked.body.id)).status).toBe(404);
  });
});
