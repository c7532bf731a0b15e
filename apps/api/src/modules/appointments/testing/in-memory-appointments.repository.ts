import type { Page } from '@healthsync/contracts/common';
import type { AppointmentListQuery } from '@healthsync/contracts/scheduling';
import {
  ACTIVE_STATUSES,
  ATTENDED_STATUSES,
  AppointmentStatus,
  UPCOMING_STATUSES,
} from '@healthsync/domain/appointments';
import type { BusyInterval } from '@healthsync/domain/scheduling';

import { pageOf } from '../../../database/testing/page-of';
import type { Transaction } from '../../../database/unit-of-work';
import {
  AppointmentsRepository,
  type Appointment,
  type AppointmentScope,
  type AppointmentUpdate,
  type CareWindow,
  type NewAppointment,
  type StoredResponse,
  type TransitionRecord,
  type TransitionRow,
} from '../appointments.repository';

/** What PostgreSQL reports when an exclusion constraint refuses a row (SQLSTATE 23P01). */
export class ExclusionViolation extends Error {
  readonly driverError: { code: string; constraint: string };

  constructor(constraint: string) {
    super(`conflicting key value violates exclusion constraint "${constraint}"`);
    this.driverError = { code: '23P01', constraint };
  }
}

const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) =>
  a.start < b.end && b.start < a.end;

/**
 * Appointments in memory, with the database's rules that use cases rely on: the two exclusion
 * constraints, live holds, and idempotency keys claimed once. Transactions are ignored.
 */
export class InMemoryAppointmentsRepository extends AppointmentsRepository {
  readonly appointments = new Map<string, Appointment>();
  readonly transitions: TransitionRecord[] = [];
  readonly idempotencyKeys = new Map<string, StoredResponse>();

  in(_tx: Transaction): AppointmentsRepository {
    return this;
  }

  /** Puts an appointment in place as if it had been stored earlier. */
  seed(appointment: Appointment): Appointment {
    this.appointments.set(appointment.id, { ...appointment });
    return appointment;
  }

  async findById(id: string): Promise<Appointment | null> {
    const found = this.appointments.get(id);
    return found ? { ...found } : null;
  }

  findForUpdate(id: string): Promise<Appointment | null> {
    return this.findById(id);
  }

  async removeLapsedHolds(doctorId: string, patientId: string): Promise<void> {
    for (const appointment of this.appointments.values()) {
      const mine = appointment.doctorId === doctorId || appointment.patientId === patientId;
      if (mine && appointment.status === AppointmentStatus.Held && !isLive(appointment)) {
        this.appointments.delete(appointment.id);
      }
    }
  }

  async lockAndCountLiveHolds(patientId: string): Promise<number> {
    return [...this.appointments.values()].filter(
      (appointment) =>
        appointment.patientId === patientId &&
        appointment.status === AppointmentStatus.Held &&
        isLive(appointment),
    ).length;
  }

  async removeHold(id: string): Promise<void> {
    if (this.appointments.get(id)?.status === AppointmentStatus.Held) this.appointments.delete(id);
  }

  async insert(appointment: NewAppointment): Promise<Appointment> {
    const stored: Appointment = {
      ...appointment,
      reason: appointment.reason ?? null,
      cancellationReason: null,
      checkedInAt: null,
      version: 1,
    };
    this.assertNoOverlap(stored);
    this.appointments.set(stored.id, stored);
    return { ...stored };
  }

  async update(appointment: Appointment, changes: AppointmentUpdate): Promise<Appointment> {
    const current = this.appointments.get(appointment.id) ?? appointment;
    const updated = { ...current, ...changes, version: appointment.version + 1 };
    this.assertNoOverlap(updated);
    this.appointments.set(updated.id, updated);
    return { ...appointment, ...changes, version: appointment.version + 1 };
  }

  async addTransition(record: TransitionRecord): Promise<void> {
    this.transitions.push(record);
  }

  async history(appointmentId: string): Promise<TransitionRow[]> {
    return this.transitions
      .filter((record) => record.appointmentId === appointmentId)
      .map((record) => ({
        from_status: record.fromStatus,
        to_status: record.toStatus,
        action: record.action,
        actor_id: record.actorId,
        actor_role: record.actorRole,
        reason: record.reason ?? null,
        details: record.details ?? {},
        at: new Date(),
      }));
  }

  async list(query: AppointmentListQuery, scope: AppointmentScope): Promise<Page<Appointment>> {
    const matching = [...this.appointments.values()]
      .filter((appointment) =>
        query.status === AppointmentStatus.Held
          ? isLive(appointment)
          : appointment.status !== AppointmentStatus.Held,
      )
      .filter((appointment) => inScope(appointment, scope))
      .filter((appointment) => !query.doctorId || appointment.doctorId === query.doctorId)
      .filter((appointment) => !query.patientId || appointment.patientId === query.patientId)
      .filter((appointment) => !query.status || appointment.status === query.status)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
    return pageOf(matching, query);
  }

  async checkedIn(from: Date, to: Date, doctorId?: string): Promise<Appointment[]> {
    return [...this.appointments.values()]
      .filter((appointment) => appointment.status === AppointmentStatus.CheckedIn)
      .filter((appointment) => appointment.startsAt >= from && appointment.startsAt < to)
      .filter((appointment) => !doctorId || appointment.doctorId === doctorId)
      .sort((a, b) => (a.checkedInAt?.getTime() ?? 0) - (b.checkedInAt?.getTime() ?? 0));
  }

  async patientsInCare(window: CareWindow, patientId?: string): Promise<string[]> {
    const inCare = [...this.appointments.values()].filter(
      (appointment) =>
        appointment.doctorId === window.doctorId &&
        (!patientId || appointment.patientId === patientId) &&
        ((ATTENDED_STATUSES.includes(appointment.status) && appointment.startsAt >= window.attendedSince) ||
          (UPCOMING_STATUSES.includes(appointment.status) &&
            appointment.endsAt > window.now &&
            appointment.startsAt < window.upcomingUntil)),
    );
    return [...new Set(inCare.map((appointment) => appointment.patientId))];
  }

  async busyIntervals(
    doctorId: string,
    from: Date,
    to: Date,
    ignoreAppointmentId?: string,
  ): Promise<BusyInterval[]> {
    return [...this.appointments.values()]
      .filter((appointment) => appointment.doctorId === doctorId && appointment.id !== ignoreAppointmentId)
      .filter((appointment) => occupiesTime(appointment))
      .filter((appointment) =>
        overlaps({ start: appointment.startsAt, end: appointment.busyUntil }, { start: from, end: to }),
      )
      .map((appointment) => ({ start: appointment.startsAt, end: appointment.endsAt }));
  }

  async storedResponse(userId: string, key: string): Promise<StoredResponse | null> {
    const stored = this.idempotencyKeys.get(`${userId}:${key}`);
    return stored && stored.response !== null ? stored : null;
  }

  async claimIdempotencyKey(
    userId: string,
    key: string,
    requestHash: string,
  ): Promise<StoredResponse | null> {
    const stored = this.idempotencyKeys.get(`${userId}:${key}`);
    if (stored) return stored;
    this.idempotencyKeys.set(`${userId}:${key}`, { requestHash, response: null });
    return null;
  }

  async storeIdempotentResponse(
    userId: string,
    key: string,
    _status: number,
    response: unknown,
  ): Promise<void> {
    const stored = this.idempotencyKeys.get(`${userId}:${key}`);
    if (stored) stored.response = JSON.parse(JSON.stringify(response));
  }

  /** The two exclusion constraints: a doctor's time (with the buffer) and a patient's time are never double-booked. */
  private assertNoOverlap(candidate: Appointment): void {
    if (!ACTIVE_STATUSES.includes(candidate.status)) return;
    for (const other of this.appointments.values()) {
      if (other.id === candidate.id || !ACTIVE_STATUSES.includes(other.status)) continue;
      if (
        other.doctorId === candidate.doctorId &&
        overlaps(
          { start: other.startsAt, end: other.busyUntil },
          { start: candidate.startsAt, end: candidate.busyUntil },
        )
      )
        throw new ExclusionViolation('appointments_no_double_booking_doctor');
      if (
        other.patientId === candidate.patientId &&
        overlaps(
          { start: other.startsAt, end: other.endsAt },
          { start: candidate.startsAt, end: candidate.endsAt },
        )
      )
        throw new ExclusionViolation('appointments_no_double_booking_patient');
    }
  }
}

function isLive(appointment: Appointment): boolean {
  return (appointment.holdExpiresAt?.getTime() ?? 0) > Date.now();
}

function occupiesTime(appointment: Appointment): boolean {
  return (
    ACTIVE_STATUSES.includes(appointment.status) &&
    (appointment.status !== AppointmentStatus.Held || isLive(appointment))
  );
}

function inScope(appointment: Appointment, scope: AppointmentScope): boolean {
  if (scope.kind === 'doctor') return appointment.doctorId === scope.doctorId;
  if (scope.kind === 'patient') return appointment.patientId === scope.patientId;
  return true;
}
