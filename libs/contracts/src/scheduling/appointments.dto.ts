import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';

import { ALL_APPOINTMENT_STATUSES, type AppointmentStatus } from '@healthsync/domain/appointments';

import { PageQuery } from '../common/pagination';
import { APPOINTMENT_TYPES, type AppointmentTypeName } from './doctors.dto';
import { APPOINTMENT_REASON_MAX_LENGTH } from './scheduling-limits';

export const APPOINTMENT_STATUSES = ALL_APPOINTMENT_STATUSES;
export type AppointmentStatusName = `${AppointmentStatus}`;

class SlotChoice {
  @IsUUID('4')
  doctorId!: string;

  /** The slot's start, an ISO 8601 instant as the slots endpoint returned it. */
  @IsISO8601({ strict: true })
  startsAt!: string;

  @IsIn(APPOINTMENT_TYPES)
  type!: AppointmentTypeName;

  /** For staff booking on a patient's behalf; a patient always books for themselves. */
  @IsOptional()
  @IsUUID('4')
  patientId?: string;
}

/** Reserves a slot for five minutes while the booking form is filled in. */
export class HoldSlotDto extends SlotChoice {}

export class BookAppointmentDto extends SlotChoice {
  /** Why the patient is coming; seen only by clinic staff and the patient. */
  @IsOptional()
  @IsString()
  @Length(1, APPOINTMENT_REASON_MAX_LENGTH)
  reason?: string;

  /** A hold from `POST /appointments/holds` for this same slot. */
  @IsOptional()
  @IsUUID('4')
  holdId?: string;
}

/** The version the caller last saw: a change made by someone else since then is a 409, not lost. */
export class TransitionDto {
  @IsOptional()
  @Min(1)
  @IsInt()
  expectedVersion?: number;
}

export class CancelAppointmentDto extends TransitionDto {
  /** Required for staff; optional for a patient cancelling their own appointment. */
  @IsOptional()
  @IsString()
  @Length(1, APPOINTMENT_REASON_MAX_LENGTH)
  reason?: string;
}

export class RescheduleAppointmentDto extends TransitionDto {
  @IsISO8601({ strict: true })
  startsAt!: string;
}

export class AppointmentListQuery extends PageQuery {
  @IsOptional()
  @IsUUID('4')
  doctorId?: string;

  @IsOptional()
  @IsUUID('4')
  patientId?: string;

  @IsOptional()
  @IsIn(APPOINTMENT_STATUSES)
  status?: AppointmentStatusName;

  /** Appointments starting at or after this instant. */
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  /** Appointments starting before this instant. */
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class QueueQuery {
  /** A clinic-local date, YYYY-MM-DD; today when absent. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date as YYYY-MM-DD' })
  date?: string;
}

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
