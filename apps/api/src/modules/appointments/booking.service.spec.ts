import { randomUUID } from 'node:crypto';

import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainEventType } from '@healthsync/contracts/events';
import { AppointmentErrorCode, MAX_ACTIVE_HOLDS_PER_PATIENT } from '@healthsync/contracts/scheduling';
import { AppointmentStatus } from '@healthsync/domain/appointments';

import { BookingService } from './booking.service';
import { schedulingFixture, slotAt } from './testing/scheduling-fixture';

describe('BookingService', () => {
  let world: ReturnType<typeof schedulingFixture>;
  let booking: BookingService;
  const startsAt = slotAt(2, 10);

  beforeEach(() => {
    world = schedulingFixture();
    booking = new BookingService(world.changes, world.appointments, world.slots, world.policy, world.config);
  });

  const request = (overrides: Record<string, unknown> = {}) => ({
    doctorId: world.doctor.doctor.id,
    startsAt: startsAt.toISOString(),
    type: 'consultation' as const,
    ...overrides,
  });

  describe('book', () => {
    it('books a free slot for the patient, with its history row, its event and a new schedule version', async () => {
      const booked = await booking.book(world.patient, request({ reason: 'Check-up' }));

      expect(booked).toMatchObject({
        doctorId: world.doctor.doctor.id,
        patientId: world.patientId,
        status: 'scheduled',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 30 * 60_000).toISOString(),
        reason: 'Check-up',
        feeMinor: 6000,
        currency: 'EUR',
        version: 1,
      });
      expect(world.appointments.transitions).toEqual([
        expect.objectContaining({
          appointmentId: booked.id,
          fromStatus: null,
          toStatus: 'scheduled',
          action: 'book',
        }),
      ]);
      expect(world.events.events).toEqual([
        {
          type: DomainEventType.AppointmentBooked,
          aggregateType: 'appointment',
          aggregateId: booked.id,
          payload: {
            appointmentId: booked.id,
            doctorId: world.doctor.doctor.id,
            patientId: world.patientId,
            type: 'consultation',
            startsAt: booked.startsAt,
            endsAt: booked.endsAt,
            from: null,
            to: 'scheduled',
            actorId: world.patient.userId,
            actorRole: 'patient',
          },
        },
      ]);
      expect(world.doctor.doctor.scheduleVersion).toBe('2');
    });

    it('replays the same Idempotency-Key and body with the first answer, booking once', async () => {
      const first = await booking.book(world.patient, request(), 'key-1');
      const again = await booking.book(world.patient, request(), 'key-1');

      expect(again).toEqual(first);
      expect(world.appointments.appointments.size).toBe(1);
      expect(world.events.events).toHaveLength(1);
    });

    it('refuses an Idempotency-Key reused with a different body, booking nothing', async () => {
      await booking.book(world.patient, request(), 'key-1');
      const other = request({ startsAt: slotAt(2, 11).toISOString() });

      await expect(booking.book(world.patient, other, 'key-1')).rejects.toMatchObject({
        kind: 'unprocessable',
        code: AppointmentErrorCode.IdempotencyKeyReused,
      });
      expect(world.appointments.appointments.size).toBe(1);
    });

    it('keeps keys apart per user', async () => {
      await booking.book(world.patient, request(), 'shared');
      const forDesk = request({ patientId: world.deskPatientId, startsAt: slotAt(2, 11).toISOString() });

      await expect(booking.book(world.receptionist, forDesk, 'shared')).resolves.toMatchObject({
        patientId: world.deskPatientId,
      });
    });

    it('answers SLOT_UNAVAILABLE for a slot already taken', async () => {
      world.existing({ startsAt, patientId: world.deskPatientId });

      await expect(booking.book(world.patient, request())).rejects.toMatchObject({
        code: AppointmentErrorCode.SlotUnavailable,
      });
    });

    it("turns the doctor's exclusion constraint into SLOT_UNAVAILABLE when a booking commits after the slot check", async () => {
      jest.spyOn(world.appointments, 'busyIntervals').mockResolvedValueOnce([]);
      world.existing({ startsAt, patientId: world.deskPatientId });

      await expect(booking.book(world.patient, request())).rejects.toMatchObject({
        kind: 'conflict',
        code: AppointmentErrorCode.SlotUnavailable,
      });
      expect(world.events.events).toEqual([]);
    });

    it("turns the patient's exclusion constraint into PATIENT_BUSY", async () => {
      const other = world.addDoctor();
      world.existing({ startsAt, doctorId: other.doctor.id });

      await expect(booking.book(world.patient, request())).rejects.toMatchObject({
        kind: 'conflict',
        code: AppointmentErrorCode.PatientBusy,
      });
    });

    it('converts the caller’s live hold, saying so in the event', async () => {
      const hold = await booking.hold(world.patient, request());
      const booked = await booking.book(world.patient, request({ holdId: hold.id }));

      expect(booked).toMatchObject({ id: hold.id, status: 'scheduled', holdExpiresAt: null, version: 2 });
      expect(world.events.events).toEqual([
        expect.objectContaining({
          type: DomainEventType.AppointmentBooked,
          payload: expect.objectContaining({ from: null, to: 'scheduled', fromHold: true }),
        }),
      ]);
    });

    it('refuses to convert a hold that lapsed or belongs to another booking', async () => {
      const lapsed = world.existing({
        startsAt,
        status: AppointmentStatus.Held,
        holdExpiresAt: new Date(Date.now() - 1000),
      });
      await expect(booking.book(world.patient, request({ holdId: lapsed.id }))).rejects.toMatchObject({
        code: AppointmentErrorCode.HoldNotFound,
      });

      const others = world.existing({
        startsAt: slotAt(2, 11),
        patientId: world.deskPatientId,
        status: AppointmentStatus.Held,
        holdExpiresAt: new Date(Date.now() + 60_000),
      });
      const asIfMine = request({ holdId: others.id, startsAt: others.startsAt.toISOString() });
      await expect(booking.book(world.patient, asIfMine)).rejects.toMatchObject({
        code: AppointmentErrorCode.HoldNotFound,
      });
    });

    it('lets a patient book for themselves only', async () => {
      await expect(
        booking.book(world.patient, request({ patientId: world.deskPatientId })),
      ).rejects.toMatchObject({
        kind: 'forbidden',
        code: CommonErrorCode.Forbidden,
      });
    });

    it('asks staff to name an existing patient', async () => {
      await expect(booking.book(world.receptionist, request())).rejects.toMatchObject({
        kind: 'invalid',
        code: CommonErrorCode.ValidationFailed,
      });
      await expect(
        booking.book(world.receptionist, request({ patientId: randomUUID() })),
      ).rejects.toMatchObject({
        kind: 'not_found',
      });
    });
  });

  describe('hold', () => {
    it('holds the slot for a few minutes, with no event, and makes cached slots stale', async () => {
      const held = await booking.hold(world.patient, request());

      expect(held.status).toBe('held');
      expect(Date.parse(held.holdExpiresAt ?? '') - Date.now()).toBeGreaterThan(4 * 60_000);
      expect(world.events.events).toEqual([]);
      expect(world.doctor.doctor.scheduleVersion).toBe('2');
      const free = await world.slots.freeSlots(world.doctor.doctor.id, slotAt(2, 9), slotAt(2, 12));
      expect(free.map((slot) => slot.startsAt)).not.toContain(startsAt.toISOString());
    });

    it(`refuses a patient's hold beyond ${MAX_ACTIVE_HOLDS_PER_PATIENT} live ones`, async () => {
      for (let hour = 11; hour < 11 + MAX_ACTIVE_HOLDS_PER_PATIENT; hour += 1) {
        await booking.hold(world.patient, request({ startsAt: slotAt(2, hour).toISOString() }));
      }

      await expect(booking.hold(world.patient, request())).rejects.toMatchObject({
        kind: 'conflict',
        code: AppointmentErrorCode.TooManyHolds,
        details: { limit: MAX_ACTIVE_HOLDS_PER_PATIENT },
      });
      expect(world.appointments.appointments.size).toBe(MAX_ACTIVE_HOLDS_PER_PATIENT);
    });

    it('does not count lapsed holds, and clears them away', async () => {
      for (let hour = 11; hour < 11 + MAX_ACTIVE_HOLDS_PER_PATIENT; hour += 1) {
        world.existing({
          startsAt: slotAt(2, hour),
          status: AppointmentStatus.Held,
          holdExpiresAt: new Date(Date.now() - 1000),
        });
      }

      await expect(booking.hold(world.patient, request())).resolves.toMatchObject({ status: 'held' });
      expect(world.appointments.appointments.size).toBe(1);
    });
  });

  describe('release', () => {
    it("gives the patient's own hold back and frees the slot", async () => {
      const held = await booking.hold(world.patient, request());

      await expect(booking.release(world.patient, held.id)).resolves.toMatchObject({ id: held.id });
      expect(world.appointments.appointments.size).toBe(0);
      expect(world.doctor.doctor.scheduleVersion).toBe('3');
    });

    it("answers not found for another patient's hold, and for a booked appointment", async () => {
      const others = world.existing({
        patientId: world.deskPatientId,
        status: AppointmentStatus.Held,
        holdExpiresAt: new Date(Date.now() + 60_000),
      });
      const booked = world.existing({ startsAt: slotAt(3, 10) });

      await expect(booking.release(world.patient, others.id)).rejects.toMatchObject({ kind: 'not_found' });
      await expect(booking.release(world.receptionist, booked.id)).rejects.toMatchObject({
        kind: 'not_found',
      });
      expect(world.appointments.appointments.size).toBe(2);
    });

    it('lets the front desk release any hold', async () => {
      const held = await booking.hold(world.patient, request());

      await expect(booking.release(world.receptionist, held.id)).resolves.toMatchObject({ id: held.id });
    });
  });
});
