import type { AvailabilityException, WeeklyRule } from '@healthsync/domain/scheduling';

import type { AppointmentStatusName } from './appointments.dto';
import type { AppointmentTypeName } from './doctors.dto';

/** A doctor as `GET /doctors` and `GET /doctors/{id}` return them. */
export interface DoctorView {
  id: string;
  firstName: string;
  lastName: string;
  specialty: string;
  licenceNumber: string;
  bio: string;
  languages: string[];
  /** Integer minor units of `currency`. */
  consultationFeeMinor: number;
  currency: string;
  defaultSlotMinutes: number;
  bufferMinutes: number;
  minNoticeMinutes: number;
  dailyCap: number | null;
}

/** One saved exception, as `GET /doctors/{id}/availability` returns it. */
export interface AvailabilityExceptionView extends AvailabilityException {
  id: string;
  reason?: string | null;
}

/** A doctor's weekly rules and exceptions, as the availability endpoints return them. */
export interface AvailabilityView {
  rules: WeeklyRule[];
  exceptions: AvailabilityExceptionView[];
}

/** A bookable slot: UTC instants, with the clinic's offset and local date at its start. */
export interface SlotView {
  startsAt: string;
  endsAt: string;
  offset: string;
  date: string;
}

export interface SlotListView {
  /** The clinic's IANA time zone. */
  timeZone: string;
  slots: SlotView[];
}

export interface AppointmentView {
  id: string;
  doctorId: string;
  patientId: string;
  type: AppointmentTypeName;
  status: AppointmentStatusName;
  startsAt: string;
  endsAt: string;
  /** The clinic's UTC offset at the start. */
  offset: string;
  holdExpiresAt: string | null;
  reason: string | null;
  videoLink: string | null;
  feeMinor: number;
  currency: string;
  cancellationReason: string | null;
  checkedInAt: string | null;
  /** Send back as `expectedVersion` to have a concurrent change refused. */
  version: number;
}

export interface QueueEntryView extends AppointmentView {
  /** Minutes since check-in. */
  waitingMinutes: number;
}

/** Who made a change: name and role; staff viewers also get the user id, a patient never does. */
export interface AppointmentActorView {
  id?: string;
  /** Null when the account is unknown. */
  name: string | null;
  role: string;
}

/** One change of an appointment, as `GET /appointments/{id}/history` returns them (oldest first). */
export interface AppointmentTransitionView {
  from: AppointmentStatusName | null;
  to: AppointmentStatusName;
  action: string;
  /** Null for a change no user made. */
  actor: AppointmentActorView | null;
  reason: string | null;
  at: string;
}
