import type { Page } from '@healthsync/contracts/common';
import type { AppointmentListQuery, AppointmentTypeName } from '@healthsync/contracts/scheduling';
import type { AppointmentStatus } from '@healthsync/domain/appointments';
import type { BusyInterval } from '@healthsync/domain/scheduling';

import type { Transaction } from '../../database/unit-of-work';

/** An appointment (or a hold) as stored. */
export interface Appointment {
  id: string;
  doctorId: string;
  patientId: string;
  type: AppointmentTypeName;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  /** The end plus the doctor's buffer: the range no other appointment of the doctor's may overlap. */
  busyUntil: Date;
  holdExpiresAt: Date | null;
  reason: string | null;
  videoLink: string | null;
  feeMinor: number;
  currency: string;
  cancellationReason: string | null;
  checkedInAt: Date | null;
  createdBy: string | null;
  version: number;
}

/** A new appointment or hold; version and the change fields start empty. */
export type NewAppointment = Omit<
  Appointment,
  'version' | 'cancellationReason' | 'checkedInAt' | 'reason'
> & {
  reason?: string | null;
};

export type AppointmentUpdate = Partial<Omit<Appointment, 'id' | 'version'>>;

export interface TransitionRecord {
  appointmentId: string;
  fromStatus: AppointmentStatus | null;
  toStatus: AppointmentStatus;
  action: string;
  actorId: string | null;
  actorRole: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

export interface TransitionRow {
  from_status: string | null;
  to_status: string;
  action: string;
  actor_id: string | null;
  actor_role: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  at: Date;
}

/** Whose appointments a list may show: everyone's, one doctor's or one patient's. */
export type AppointmentScope =
  { kind: 'all' } | { kind: 'doctor'; doctorId: string } | { kind: 'patient'; patientId: string };

/** The doctor whose patients are asked for, and the period the care relationship looks at. */
export interface CareWindow {
  doctorId: string;
  now: Date;
  /** Visits that took place since then count. */
  attendedSince: Date;
  /** Bookings still to come that start before then count. */
  upcomingUntil: Date;
}

/** What an idempotent request stored: the hash of its body and, once it finished, its answer. */
export interface StoredResponse {
  requestHash: string;
  response: unknown;
}

/** Appointments, their history and idempotent booking requests. */
export abstract class AppointmentsRepository {
  /** The same queries, run in `tx`. */
  abstract in(tx: Transaction): AppointmentsRepository;

  abstract findById(id: string): Promise<Appointment | null>;

  /** The appointment, locked until the transaction ends. */
  abstract findForUpdate(id: string): Promise<Appointment | null>;

  /** Lapsed holds of the doctor or the patient: they block nothing, so they go before anything is booked next to them. */
  abstract removeLapsedHolds(doctorId: string, patientId: string): Promise<void>;

  /**
   * The patient's live holds, counted under a lock on the patient's holds that lasts until the
   * transaction ends: concurrent holds for one patient queue here, so none counts past another.
   */
  abstract lockAndCountLiveHolds(patientId: string): Promise<number>;

  /** Removes a hold released before it lapsed; holds have no history to keep. */
  abstract removeHold(id: string): Promise<void>;

  /** Refused (exclusion constraint) when it overlaps an active appointment of the doctor or the patient. */
  abstract insert(appointment: NewAppointment): Promise<Appointment>;

  /** Applies the changes and the next version; returns the appointment as it now is. */
  abstract update(appointment: Appointment, changes: AppointmentUpdate): Promise<Appointment>;

  abstract addTransition(record: TransitionRecord): Promise<void>;

  /** The changes, oldest first. */
  abstract history(appointmentId: string): Promise<TransitionRow[]>;

  /** Holds are listed only when asked for, and only live ones. */
  abstract list(query: AppointmentListQuery, scope: AppointmentScope): Promise<Page<Appointment>>;

  /** Checked-in patients of a period, in order of arrival. */
  abstract checkedIn(from: Date, to: Date, doctorId?: string): Promise<Appointment[]>;

  /** Patients (all, or the one named) with a visit or booking that puts them in the doctor's care. */
  abstract patientsInCare(window: CareWindow, patientId?: string): Promise<string[]>;

  /** Active appointments and live holds near the range, as booked (slot generation adds the buffer on both sides). */
  abstract busyIntervals(
    doctorId: string,
    from: Date,
    to: Date,
    ignoreAppointmentId?: string,
  ): Promise<BusyInterval[]>;

  /** The answer already given to a request with this key, if one has finished. */
  abstract storedResponse(userId: string, key: string): Promise<StoredResponse | null>;

  /**
   * Claims an idempotency key in the transaction. A concurrent request with the same key waits
   * until the first one ends; then it gets the stored answer, or claims the key. Null when claimed.
   */
  abstract claimIdempotencyKey(
    userId: string,
    key: string,
    requestHash: string,
  ): Promise<StoredResponse | null>;

  abstract storeIdempotentResponse(
    userId: string,
    key: string,
    status: number,
    response: unknown,
  ): Promise<void>;
}
