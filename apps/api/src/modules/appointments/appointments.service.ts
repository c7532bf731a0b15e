import { createHash, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { CommonErrorCode, type Page } from '@healthsync/contracts/common';
import {
  AppointmentErrorCode,
  HOLD_MINUTES,
  MAX_ACTIVE_HOLDS_PER_PATIENT,
  type AppointmentListQuery,
  type BookAppointmentDto,
  type HoldSlotDto,
  type RescheduleAppointmentDto,
} from '@healthsync/contracts/scheduling';
import {
  appointmentType,
  AppointmentStatus,
  assertMayPerform,
  stateOf,
  type AppointmentAction,
  type TransitionContext,
} from '@healthsync/domain/appointments';
import { DomainError } from '@healthsync/domain/errors';
import { localDate, localDayBounds } from '@healthsync/domain/scheduling';

import type { AuthContext } from '../../common/auth/auth-context';
import { describeDatabaseError } from '../../common/errors/database-errors';
import { AppConfig } from '../../config/app-config';
import { DoctorsRepository, type DoctorRecord } from '../doctors/doctors.repository';
import { DoctorNotFound, SlotsService } from '../doctors/slots.service';
import { addToOutbox } from '../outbox/outbox';
import { AppointmentAccessPolicy, AppointmentNotFound } from './appointment-access.policy';
import type { AppointmentEntity } from './appointment.entity';
import {
  toAppointmentView,
  toTransitionView,
  type AppointmentView,
  type QueueEntryView,
  type TransitionView,
} from './appointments.responses';
import { AppointmentsRepository, type AppointmentScope } from './appointments.repository';

const slotUnavailable = () =>
  new DomainError(
    'conflict',
    AppointmentErrorCode.SlotUnavailable,
    'That slot is no longer free; choose another.',
  );

const tooManyHolds = () =>
  new DomainError(
    'conflict',
    AppointmentErrorCode.TooManyHolds,
    `A patient may hold at most ${MAX_ACTIVE_HOLDS_PER_PATIENT} slots at a time; book or release one of them first.`,
    { limit: MAX_ACTIVE_HOLDS_PER_PATIENT },
  );

/** Exclusion violations name the rule they broke: the doctor's time or the patient's. */
function translateOverlap(error: unknown): unknown {
  if (describeDatabaseError(error)?.status !== 409) return error;
  const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint ?? '';
  if (constraint === 'appointments_no_double_booking_patient') {
    return new DomainError(
      'conflict',
      AppointmentErrorCode.PatientBusy,
      'The patient already has an appointment at that time.',
    );
  }
  return constraint === 'appointments_no_double_booking_doctor' ? slotUnavailable() : error;
}

/**
 * Booking and the appointment lifecycle. Every change happens in one transaction with its
 * transition record, its outbox event and the bump of the doctor's schedule version; PostgreSQL's
 * exclusion constraints decide races for a slot.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly doctors: DoctorsRepository,
    private readonly slots: SlotsService,
    private readonly policy: AppointmentAccessPolicy,
    private readonly config: AppConfig,
  ) {}

  async hold(auth: AuthContext, dto: HoldSlotDto): Promise<AppointmentView> {
    const patientId = await this.policy.patientFor(auth, dto.patientId);
    const { doctor, startsAt } = await this.freeSlot(dto.doctorId, dto.startsAt, dto.type);
    const held = await this.appointments
      .transaction(async (tx) => {
        await this.appointments.removeLapsedHolds(tx, doctor.doctor.id, patientId);
        const live = await this.appointments.lockAndCountLiveHolds(tx, patientId);
        if (live >= MAX_ACTIVE_HOLDS_PER_PATIENT) throw tooManyHolds();
        const created = await this.appointments.insert(tx, {
          ...this.newAppointment(auth, doctor, patientId, startsAt, dto.type),
          status: AppointmentStatus.Held,
          holdExpiresAt: new Date(Date.now() + HOLD_MINUTES * 60_000),
        });
        await this.doctors.bumpScheduleVersion(tx, doctor.doctor.id);
        return created;
      })
      .catch((error: unknown) => Promise.reject(translateOverlap(error)));
    return toAppointmentView(held, this.config.clinicTimeZone);
  }

  /** Gives a held slot back at once: staff any hold, a patient their own. The slot is free to others again. */
  async release(auth: AuthContext, id: string): Promise<AppointmentView> {
    const scope = await this.policy.scope(auth);
    const released = await this.appointments.transaction(async (tx) => {
      const hold = await this.appointments.lock(tx, id);
      if (!hold || hold.status !== AppointmentStatus.Held) throw new AppointmentNotFound();
      this.policy.relationWithin(scope, hold);
      await this.appointments.removeHold(tx, hold.id);
      await this.doctors.bumpScheduleVersion(tx, hold.doctorId);
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
    if (earlier) return this.replay(earlier, requestHash);
    // The slot is checked before the transaction: it reads through other connections, and
    // transactions waiting on them would starve the pool under a burst of bookings.
    const slot = dto.holdId ? null : await this.freeSlot(dto.doctorId, dto.startsAt, dto.type);
    return this.appointments
      .transaction(async (tx) => {
        const stored = idempotencyKey
          ? await this.appointments.claimIdempotencyKey(tx, auth.userId, idempotencyKey, requestHash)
          : null;
        if (stored) return this.replay(stored, requestHash);
        const booked = slot
          ? await this.insertBooking(tx, auth, dto, patientId, slot)
          : await this.convertHold(tx, auth, dto, patientId);
        const view = toAppointmentView(booked, this.config.clinicTimeZone);
        if (idempotencyKey) {
          await this.appointments.storeIdempotentResponse(tx, auth.userId, idempotencyKey, 201, view);
        }
        return view;
      })
      .catch((error: unknown) => Promise.reject(translateOverlap(error)));
  }

  async transition(
    auth: AuthContext,
    id: string,
    action: Exclude<AppointmentAction, 'reschedule'>,
    options: { expectedVersion?: number; reason?: string },
  ): Promise<AppointmentView> {
    const scope = await this.policy.scope(auth);
    const changed = await this.appointments.transaction(async (tx) => {
      const appointment = await this.lockVisible(tx, auth, scope, id, options.expectedVersion, action);
      const to = stateOf(appointment.status).apply(action, this.context(auth, appointment, options.reason));
      const updated = await this.appointments.update(tx, appointment, {
        status: to,
        ...(action === 'check_in' ? { checkedInAt: new Date() } : {}),
        ...(action === 'cancel' ? { cancellationReason: options.reason ?? null } : {}),
      });
      await this.record(tx, auth, appointment, updated, action, options.reason);
      return updated;
    });
    return toAppointmentView(changed, this.config.clinicTimeZone);
  }

  /** Moves the appointment to another free slot in one statement: the new time is taken and the old freed, or nothing changes. */
  async reschedule(auth: AuthContext, id: string, dto: RescheduleAppointmentDto): Promise<AppointmentView> {
    const current = await this.visible(auth, id);
    const scope = await this.policy.scope(auth);
    const { doctor, startsAt } = await this.freeSlot(
      current.doctorId,
      dto.startsAt,
      current.type,
      current.id,
    );
    const moved = await this.appointments
      .transaction(async (tx) => {
        const appointment = await this.lockVisible(tx, auth, scope, id, dto.expectedVersion, 'reschedule');
        stateOf(appointment.status).apply('reschedule', this.context(auth, appointment));
        const timing = this.timing(doctor, startsAt, appointment.type);
        const updated = await this.appointments.update(tx, appointment, timing);
        await this.record(tx, auth, appointment, updated, 'reschedule', undefined, {
          fromStartsAt: appointment.startsAt.toISOString(),
        });
        return updated;
      })
      .catch((error: unknown) => Promise.reject(translateOverlap(error)));
    return toAppointmentView(moved, this.config.clinicTimeZone);
  }

  async get(auth: AuthContext, id: string): Promise<AppointmentView> {
    return toAppointmentView(await this.visible(auth, id), this.config.clinicTimeZone);
  }

  async history(auth: AuthContext, id: string): Promise<TransitionView[]> {
    await this.visible(auth, id);
    const withIds = this.policy.seesActorIds(auth);
    return (await this.appointments.history(id)).map((row) => toTransitionView(row, withIds));
  }

  async list(auth: AuthContext, query: AppointmentListQuery): Promise<Page<AppointmentView>> {
    const scope = await this.policy.scope(auth);
    if (query.status === AppointmentStatus.Held && !this.policy.seesHolds(scope))
      return { items: [], total: 0, page: query.page, limit: query.limit };
    const page = await this.appointments.list(query, scope);
    return { ...page, items: page.items.map((item) => toAppointmentView(item, this.config.clinicTimeZone)) };
  }

  /** The front-desk queue of a clinic-local day: checked-in patients in arrival order, with their wait. */
  async queue(auth: AuthContext, date?: string): Promise<QueueEntryView[]> {
    const day = date ?? localDate(new Date(), this.config.clinicTimeZone);
    const { from, to } = localDayBounds(day, this.config.clinicTimeZone);
    const scope = await this.policy.scope(auth);
    const waiting = await this.appointments.checkedIn(
      from,
      to,
      scope.kind === 'doctor' ? scope.doctorId : undefined,
    );
    const now = Date.now();
    return waiting.map((appointment) => ({
      ...toAppointmentView(appointment, this.config.clinicTimeZone),
      waitingMinutes: Math.max(0, Math.floor((now - (appointment.checkedInAt?.getTime() ?? now)) / 60_000)),
    }));
  }

  private async freeSlot(
    doctorId: string,
    startsAtText: string,
    type: BookAppointmentDto['type'],
    excludeAppointmentId?: string,
  ) {
    const doctor = await this.doctors.find(doctorId);
    if (!doctor) throw new DoctorNotFound();
    const startsAt = new Date(startsAtText);
    if (!(await this.slots.isFreeSlot(doctor, startsAt, type, excludeAppointmentId))) throw slotUnavailable();
    return { doctor, startsAt };
  }

  private newAppointment(
    auth: AuthContext,
    doctor: DoctorRecord,
    patientId: string,
    startsAt: Date,
    type: BookAppointmentDto['type'],
  ) {
    const kind = appointmentType(type);
    const id = randomUUID();
    return {
      id,
      videoLink: kind.videoLink(id),
      doctorId: doctor.doctor.id,
      patientId,
      type,
      ...this.timing(doctor, startsAt, type),
      feeMinor: kind.fee(doctor.doctor.consultationFeeMinor),
      currency: doctor.doctor.currency,
      createdBy: auth.userId,
    };
  }

  private timing(doctor: DoctorRecord, startsAt: Date, type: BookAppointmentDto['type']) {
    const minutes = appointmentType(type).durationMinutes(doctor.doctor.defaultSlotMinutes);
    const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
    return { startsAt, endsAt, busyUntil: new Date(endsAt.getTime() + doctor.doctor.bufferMinutes * 60_000) };
  }

  private async insertBooking(
    tx: EntityManager,
    auth: AuthContext,
    dto: BookAppointmentDto,
    patientId: string,
    slot: { doctor: DoctorRecord; startsAt: Date },
  ) {
    await this.appointments.removeLapsedHolds(tx, slot.doctor.doctor.id, patientId);
    const created = await this.appointments.insert(tx, {
      ...this.newAppointment(auth, slot.doctor, patientId, slot.startsAt, dto.type),
      status: AppointmentStatus.Scheduled,
      reason: dto.reason ?? null,
      holdExpiresAt: null,
    });
    await this.record(tx, auth, null, created, 'book', undefined);
    return created;
  }

  private async convertHold(
    tx: EntityManager,
    auth: AuthContext,
    dto: BookAppointmentDto,
    patientId: string,
  ) {
    const hold = await this.appointments.lock(tx, dto.holdId ?? '');
    const matches =
      hold !== null &&
      hold.status === AppointmentStatus.Held &&
      hold.patientId === patientId &&
      hold.doctorId === dto.doctorId &&
      hold.startsAt.getTime() === new Date(dto.startsAt).getTime() &&
      hold.type === dto.type &&
      (hold.holdExpiresAt?.getTime() ?? 0) > Date.now();
    if (!hold || !matches)
      throw new DomainError(
        'conflict',
        AppointmentErrorCode.HoldNotFound,
        'The hold has lapsed or is not yours; choose the slot again.',
      );
    const booked = await this.appointments.update(tx, hold, {
      status: AppointmentStatus.Scheduled,
      holdExpiresAt: null,
      reason: dto.reason ?? null,
    });
    await this.record(tx, auth, null, booked, 'book', undefined, { fromHold: true });
    return booked;
  }

  private async visible(auth: AuthContext, id: string): Promise<AppointmentEntity> {
    const appointment = await this.appointments.findById(id);
    if (!appointment) throw new AppointmentNotFound();
    await this.policy.relationTo(auth, appointment);
    return appointment;
  }

  private async lockVisible(
    tx: EntityManager,
    auth: AuthContext,
    scope: AppointmentScope,
    id: string,
    expectedVersion: number | undefined,
    action: AppointmentAction,
  ) {
    const appointment = await this.appointments.lock(tx, id);
    if (!appointment || appointment.status === AppointmentStatus.Held) throw new AppointmentNotFound();
    assertMayPerform(auth.role, action, this.policy.relationWithin(scope, appointment));
    if (expectedVersion !== undefined && expectedVersion !== appointment.version) {
      throw new DomainError(
        'conflict',
        CommonErrorCode.VersionConflict,
        `The appointment changed since you loaded it (now version ${appointment.version}); reload and try again.`,
        {
          currentVersion: appointment.version,
        },
      );
    }
    return appointment;
  }

  private context(auth: AuthContext, appointment: AppointmentEntity, reason?: string): TransitionContext {
    return {
      now: new Date(),
      startsAt: appointment.startsAt,
      role: auth.role,
      reason,
      type: appointmentType(appointment.type),
      timeZone: this.config.clinicTimeZone,
    };
  }

  /** The transition's history row, its outbox event and the doctor's new schedule version, in the caller's transaction. */
  private async record(
    tx: EntityManager,
    auth: AuthContext,
    before: AppointmentEntity | null,
    after: AppointmentEntity,
    action: string,
    reason: string | undefined,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.appointments.addTransition(tx, {
      appointmentId: after.id,
      fromStatus: before?.status ?? null,
      toStatus: after.status,
      action,
      actorId: auth.userId,
      actorRole: auth.role,
      reason,
      details,
    });
    await addToOutbox(tx, {
      type: `appointment.${action === 'book' ? 'booked' : action}`,
      aggregateType: 'appointment',
      aggregateId: after.id,
      payload: {
        appointmentId: after.id,
        doctorId: after.doctorId,
        patientId: after.patientId,
        type: after.type,
        startsAt: after.startsAt.toISOString(),
        endsAt: after.endsAt.toISOString(),
        from: before?.status ?? null,
        to: after.status,
        actorId: auth.userId,
        actorRole: auth.role,
        ...details,
      },
    });
    await this.doctors.bumpScheduleVersion(tx, after.doctorId);
  }

  private replay(stored: { requestHash: string; response: unknown }, requestHash: string): AppointmentView {
    if (stored.requestHash !== requestHash) {
      throw new DomainError(
        'unprocessable',
        AppointmentErrorCode.IdempotencyKeyReused,
        'This Idempotency-Key was used with a different request.',
      );
    }
    return stored.response as AppointmentView;
  }
}
