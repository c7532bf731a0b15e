import { AppointmentRuleCode } from '@healthsync/domain/appointments';

/**
 * How long a visit keeps the patient in the doctor's care: a doctor sees the record and the medical
 * history of a patient they saw (checked in, in progress or completed) within this many months.
 */
export const CARE_RELATIONSHIP_MONTHS = 24;

/** How long a hold keeps a slot for the patient while they book it. */
export const HOLD_MINUTES = 5;

/** Live holds one patient may have at a time, so that nobody can hold a doctor's whole day. */
export const MAX_ACTIVE_HOLDS_PER_PATIENT = 2;

/** Every code an appointment request may be refused with: the API's and the domain rules'. */
export enum AppointmentErrorCode {
  IllegalTransition = AppointmentRuleCode.IllegalTransition,
  TooEarlyForNoShow = AppointmentRuleCode.TooEarlyForNoShow,
  CheckInNotToday = AppointmentRuleCode.CheckInNotToday,
  PastCancellationCutoff = AppointmentRuleCode.PastCancellationCutoff,
  ReasonRequired = AppointmentRuleCode.ReasonRequired,
  ActionNotAllowed = AppointmentRuleCode.ActionNotAllowed,
  UnknownStatus = AppointmentRuleCode.UnknownStatus,
  UnknownType = AppointmentRuleCode.UnknownType,
  InvalidFee = AppointmentRuleCode.InvalidFee,
  InvalidSlotLength = AppointmentRuleCode.InvalidSlotLength,
  SlotUnavailable = 'APPOINTMENT.SLOT_UNAVAILABLE',
  PatientBusy = 'APPOINTMENT.PATIENT_BUSY',
  HoldNotFound = 'APPOINTMENT.HOLD_NOT_FOUND',
  TooManyHolds = 'APPOINTMENT.TOO_MANY_HOLDS',
  IdempotencyKeyReused = 'REQUEST.IDEMPOTENCY_KEY_REUSED',
}
