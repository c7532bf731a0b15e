import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainEventType } from '@healthsync/contracts/events';
import { AppointmentErrorCode } from '@healthsync/contracts/scheduling';
import { AppointmentRuleCode, AppointmentStatus } from '@healthsync/domain/appointments';
import { Role } from '@healthsync/contracts/auth';

import { AppointmentLifecycleService } from './appointment-lifecycle.service';
import { caller, schedulingFixture, slotAt } from './testing/scheduling-fixture';

describe('AppointmentLifecycleService', () => {
  let world: ReturnType<typeof schedulingFixture>;
  let lifecycle: AppointmentLifecycleService;

  beforeEach(() => {
    world = schedulingFixture();
    lifecycle = new AppointmentLifecycleService(
      world.changes,
      world.appointments,
      world.slots,
      world.policy,
      world.config,
    );
  });

  const eventTypes = () => world.events.events.map((event) => event.type);

  describe('transition', () => {
    it('takes a visit from booked to completed, each step with its history row and past-tense event', async () => {
      const visit = world.existing({ startsAt: new Date(Date.now() - 60_000) });

      await lifecycle.transition(world.doctorUser, visit.id, 'confirm', {});
      await lifecycle.transition(world.receptionist, visit.id, 'check_in', {});
      await lifecycle.transition(world.doctorUser, visit.id, 'start', {});
      const done = await lifecycle.transition(world.doctorUser, visit.id, 'complete', { expectedVersion: 4 });

      expect(done).toMatchObject({ status: 'completed', version: 5 });
      expect(done.checkedInAt).not.toBeNull();
      expect(eventTypes()).toEqual([
        DomainEventType.AppointmentConfirmed,
        DomainEventType.AppointmentCheckedIn,
        DomainEventType.AppointmentStarted,
        DomainEventType.AppointmentCompleted,
      ]);
      expect(
        world.appointments.transitions.map((row) => `${row.action}:${row.fromStatus}→${row.toStatus}`),
      ).toEqual([
        'confirm:scheduled→confirmed',
        'check_in:confirmed→checked_in',
        'start:checked_in→in_progress',
        'complete:in_progress→completed',
      ]);
      expect(world.doctor.doctor.scheduleVersion).toBe('5');
    });

    it('cancels with the reason kept on the appointment, in its history and event', async () => {
      const visit = world.existing({ startsAt: slotAt(5, 10) });

      const cancelled = await lifecycle.transition(world.receptionist, visit.id, 'cancel', {
        reason: 'Doctor ill',
      });

      expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'Doctor ill' });
      expect(world.appointments.transitions[0]).toMatchObject({ action: 'cancel', reason: 'Doctor ill' });
      expect(world.events.events).toEqual([
        expect.objectContaining({
          type: DomainEventType.AppointmentCancelled,
          aggregateId: visit.id,
          payload: expect.objectContaining({
            from: 'scheduled',
            to: 'cancelled',
            actorId: world.receptionist.userId,
            actorRole: Role.Receptionist,
          }),
        }),
      ]);
    });

    it('marks a missed visit as no-show, raising appointment.no_show', async () => {
      const visit = world.existing({ startsAt: new Date(Date.now() - 3_600_000) });

      await lifecycle.transition(world.doctorUser, visit.id, 'no_show', {});

      expect(eventTypes()).toEqual([DomainEventType.AppointmentMissed]);
    });

    it('refuses an illegal transition, naming the legal ones, and records nothing', async () => {
      const visit = world.existing();

      await expect(lifecycle.transition(world.doctorUser, visit.id, 'complete', {})).rejects.toMatchObject({
        kind: 'conflict',
        code: AppointmentRuleCode.IllegalTransition,
        details: {
          status: 'scheduled',
          action: 'complete',
          legalActions: expect.arrayContaining(['confirm']),
        },
      });
      expect(world.events.events).toEqual([]);
      expect(world.appointments.transitions).toEqual([]);
    });

    it('refuses a no-show before the start time', async () => {
      const visit = world.existing({ startsAt: slotAt(3, 10) });

      await expect(lifecycle.transition(world.doctorUser, visit.id, 'no_show', {})).rejects.toMatchObject({
        code: AppointmentRuleCode.TooEarlyForNoShow,
      });
    });

    it('answers VERSION_CONFLICT when the appointment changed since the caller read it', async () => {
      const visit = world.existing({ version: 3 });

      await expect(
        lifecycle.transition(world.doctorUser, visit.id, 'confirm', { expectedVersion: 2 }),
      ).rejects.toMatchObject({ code: CommonErrorCode.VersionConflict, details: { currentVersion: 3 } });
    });

    it("hides another doctor's appointment and any hold", async () => {
      const stranger = caller(Role.Doctor, world.addDoctor().doctor.userId);
      const visit = world.existing();
      const hold = world.existing({
        startsAt: slotAt(3, 10),
        status: AppointmentStatus.Held,
        holdExpiresAt: new Date(Date.now() + 60_000),
      });

      await expect(lifecycle.transition(stranger, visit.id, 'confirm', {})).rejects.toMatchObject({
        kind: 'not_found',
      });
      await expect(lifecycle.transition(world.receptionist, hold.id, 'confirm', {})).rejects.toMatchObject({
        kind: 'not_found',
      });
    });

    it('refuses a role an action it may not take', async () => {
      const visit = world.existing();

      await expect(lifecycle.transition(world.patient, visit.id, 'confirm', {})).rejects.toMatchObject({
        kind: 'forbidden',
        code: AppointmentRuleCode.ActionNotAllowed,
      });
    });
  });

  describe('reschedule', () => {
    it('moves the appointment to a free slot, keeping its id, and says where it came from', async () => {
      const visit = world.existing({ startsAt: slotAt(3, 10) });
      const to = slotAt(3, 14);

      const moved = await lifecycle.reschedule(world.patient, visit.id, { startsAt: to.toISOString() });

      expect(moved).toMatchObject({
        id: visit.id,
        startsAt: to.toISOString(),
        status: 'scheduled',
        version: 2,
      });
      expect(world.events.events).toEqual([
        expect.objectContaining({
          type: DomainEventType.AppointmentRescheduled,
          payload: expect.objectContaining({
            startsAt: to.toISOString(),
            fromStartsAt: visit.startsAt.toISOString(),
          }),
        }),
      ]);
      expect(world.appointments.transitions[0]).toMatchObject({
        action: 'reschedule',
        details: { fromStartsAt: visit.startsAt.toISOString() },
      });
    });

    it('lets the appointment move within its own time (it does not block itself)', async () => {
      const visit = world.existing({ startsAt: slotAt(3, 10) });
      const halfAnHourLater = new Date(visit.startsAt.getTime() + 30 * 60_000);

      await expect(
        lifecycle.reschedule(world.patient, visit.id, { startsAt: halfAnHourLater.toISOString() }),
      ).resolves.toMatchObject({ startsAt: halfAnHourLater.toISOString() });
    });

    it('answers SLOT_UNAVAILABLE for a taken slot and PATIENT_BUSY when the patient is elsewhere then', async () => {
      const visit = world.existing({ startsAt: slotAt(3, 10) });
      world.existing({ startsAt: slotAt(3, 14), patientId: world.deskPatientId });
      world.existing({ startsAt: slotAt(3, 15), doctorId: world.addDoctor().doctor.id });

      await expect(
        lifecycle.reschedule(world.patient, visit.id, { startsAt: slotAt(3, 14).toISOString() }),
      ).rejects.toMatchObject({ code: AppointmentErrorCode.SlotUnavailable });
      await expect(
        lifecycle.reschedule(world.patient, visit.id, { startsAt: slotAt(3, 15).toISOString() }),
      ).rejects.toMatchObject({ code: AppointmentErrorCode.PatientBusy });
      expect(world.events.events).toEqual([]);
    });

    it("hides another patient's appointment", async () => {
      const visit = world.existing({ patientId: world.deskPatientId });

      await expect(
        lifecycle.reschedule(world.patient, visit.id, { startsAt: slotAt(3, 14).toISOString() }),
      ).rejects.toMatchObject({ kind: 'not_found' });
    });
  });
});
