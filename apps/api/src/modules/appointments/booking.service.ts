import { createHash, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import {
  HOLD_MINUTES,
  MAX_ACTIVE_HOLDS_PER_PATIENT,
  type AppointmentTypeName,
  type BookAppointmentDto,
  type HoldSlotDto,
} from '@healthsync/contracts/scheduling';
import { appointmentTiming, appointmentType, AppointmentStatus } from '@healthsync/domain/appointments';

import type { AuthContext } from '../../common/auth/auth-context';
import { AppConfig } from '../../config/app-config';
import { AppointmentAccessPolicy } from './appointment-access.policy';
import { AppointmentNotFound, holdNotFound, idempotencyKeyReused, tooManyHolds } from './appointments.errors';
import {
  AppointmentsRepository,
  type Appointment,
  type NewAppointment,
  type StoredResponse,
} from './appointments.repository';
import { toAppointmentView, type AppointmentView } from './appointments.responses';
import { AppointmentChanges, type AppointmentChange } from './changes/appointment-changes';
import { SlotsService, type FreeSlot } from './slots/slots.service';

/**
 * Taking a slot: holding it for a few minutes, giving a hold back, and booking it (fresh or from the
 * caller's hold). PostgreSQL's exclusion constraints decide races; the slot check before each
 * transaction only spares it work.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly changes: AppointmentChanges,
    private readonly appointments: AppointmentsRepository,
    private readonly slots: SlotsService,
    private readonly policy: AppointmentAccessPolicy,
    private readonly config: AppConfig,
  ) {}

  async hold(auth: AuthContext, dto: HoldSlotDto): Promise<AppointmentView> {
    const patientId = await this.policy.patientFor(auth, dto.patientId);
    const slot = await this.slots.requireFreeSlot(dto.doctorId, dto.startsAt, dto.type);
    const held = await this.changes.run(async (change) => {
      await change.appointments.removeLapsedHolds(slot.doctor.doctor.id, patientId);
      const live = await change.appointments.lockAndCountLiveHolds(patientId);
      if (live >= MAX_ACTIVE_HOLDS_PER_PATIENT) throw tooManyHolds();
      const created = await change.appointments.insert({
        ...newAppointment(auth, slot, patientId, dto.type),
        status: AppointmentStatus.Held,
        holdExpiresAt: new Date(Date.now() + HOLD_MINUTES * 60_000),
      });
      await change.freeTimeChanged(created.doctorId);
      return created;
    });
    return toAppointmentView(held, this.config.clinicTimeZone);
  }

  /** Gives a held slot back at once: staff any hold, a patient their own. The slot is free to others again. */
  async release(auth: AuthContext, id: string): Promise<AppointmentView> {
    const scope = await this.policy.scope(auth);
    const released = await this.changes.run(async (change) => {
      const hold = await change.appointments.findForUpdate(id);
      if (!hold || hold.status !== AppointmentStatus.Held) throw new AppointmentNotFound();
      this.policy.relationWithin(scope, hold);
      await change.appointments.removeHold(hold.id);
      await change.freeTimeChanged(hold.doctorId);
      return hold;
    });
    return toAppointmentView(released, this.config.clinicTimeZone);
  }

  /** Books a slot (or converts the caller's hold). The same Idempotency-Key and body give the same appointment. */
  async book(auth: AuthContext, dto: BookAppointmentDto, idempotencyKey?: string): Promise<AppointmentView> {
    const patientId = await this.policy.patientFor(auth, dto.patientId);
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ ...dto, patientId }))
      .digest('hex');
    const earlier = idempotencyKey
      ? await this.appointments.storedResponse(auth.userId, idempotencyKey)
      : null;
    if (earlier) return replay(earlier, requestHash);
    // The slot is checked before the transaction: it reads through other connections, and
    // transactions waiting on them would starve the pool under a burst of bookings.
    const slot = dto.holdId ? null : await this.slots.requireFreeSlot(dto.doctorId, dto.startsAt, dto.type);
    return this.changes.run(async (change) => {
      const stored = idempotencyKey
        ? await change.appointments.claimIdempotencyKey(auth.userId, idempotencyKey, requestHash)
        : null;
      if (stored) return replay(stored, requestHash);
      const booked = slot
        ? await this.insertBooking(change, auth, dto, patientId, slot)
        : await this.convertHold(change, auth, dto, patientId);
      const view = toAppointmentView(booked, this.config.clinicTimeZone);
      if (idempotencyKey) {
        await change.appointments.storeIdempotentResponse(auth.userId, idempotencyKey, 201, view);
      }
      return view;
    });
  }

  private async insertBooking(
    change: AppointmentChange,
    auth: AuthContext,
    dto: BookAppointmentDto,
    patientId: string,
    slot: FreeSlot,
  ): Promise<Appointment> {
    await change.appointments.removeLapsedHolds(slot.doctor.doctor.id, patientId);
    const created = await change.appointments.insert({
      ...newAppointment(auth, slot, patientId, dto.type),
      status: AppointmentStatus.Scheduled,
      reason: dto.reason ?? null,
      holdExpiresAt: null,
    });
    await change.record({ auth, kind: 'book', before: null, after: created });
    return created;
  }

  private async convertHold(
    change: AppointmentChange,
    auth: AuthContext,
    dto: BookAppointmentDto,
    patientId: string,
  ): Promise<Appointment> {
    const hold = await change.appointments.findForUpdate(dto.holdId ?? '');
    if (!hold || !isLiveHoldFor(hold, patientId, dto)) throw holdNotFound();
    const booked = await change.appointments.update(hold, {
      status: AppointmentStatus.Scheduled,
      holdExpiresAt: null,
      reason: dto.reason ?? null,
    });
    await change.record({ auth, kind: 'book', before: null, after: booked, details: { fromHold: true } });
    return booked;
  }
}

/** A hold converts only into the booking it was taken for, by its patient, before it lapses. */
function isLiveHoldFor(hold: Appointment, patientId: string, dto: BookAppointmentDto): boolean {
  return (
    hold.status === AppointmentStatus.Held &&
    hold.patientId === patientId &&
    hold.doctorId === dto.doctorId &&
    hold.startsAt.getTime() === new Date(dto.startsAt).getTime() &&
    hold.type === dto.type &&
    (hold.holdExpiresAt?.getTime() ?? 0) > Date.now()
  );
}

function newAppointment(
  auth: AuthContext,
  slot: FreeSlot,
  patientId: string,
  type: AppointmentTypeName,
): Omit<NewAppointment, 'status' | 'holdExpiresAt'> {
  const kind = appointmentType(type);
  const id = randomUUID();
  const { doctor } = slot.doctor;
  return {
    id,
    videoLink: kind.videoLink(id),
    doctorId: doctor.id,
    patientId,
    type,
    ...appointmentTiming(doctor, slot.startsAt, type),
    feeMinor: kind.fee(doctor.consultationFeeMinor),
    currency: doctor.currency,
    createdBy: auth.userId,
  };
}

/** The stored answer of an earlier request with the same key, if it had the same body. */
function replay(stored: StoredResponse, requestHash: string): AppointmentView {
  if (stored.requestHash !== requestHash) throw idempotencyKeyReused();
  return stored.response as AppointmentView;
}
