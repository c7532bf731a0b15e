export enum AppointmentStatus {
  /** A slot held briefly while a booking completes; it blocks the slot but has no actions of its own. */
  Held = 'held',
  Scheduled = 'scheduled',
  Confirmed = 'confirmed',
  CheckedIn = 'checked_in',
  InProgress = 'in_progress',
  Completed = 'completed',
  Cancelled = 'cancelled',
  NoShow = 'no_show',
}

export const ALL_APPOINTMENT_STATUSES: readonly AppointmentStatus[] = Object.values(AppointmentStatus);

/** Statuses that occupy the doctor's (and the patient's) time. */
export const ACTIVE_STATUSES: readonly AppointmentStatus[] = [
  AppointmentStatus.Held,
  AppointmentStatus.Scheduled,
  AppointmentStatus.Confirmed,
  AppointmentStatus.CheckedIn,
  AppointmentStatus.InProgress,
];

/** Statuses of a visit that took place (or is taking place): the patient was seen. */
export const ATTENDED_STATUSES: readonly AppointmentStatus[] = [
  AppointmentStatus.CheckedIn,
  AppointmentStatus.InProgress,
  AppointmentStatus.Completed,
];

/** Statuses of a booking still to come: booked, and not yet seen, cancelled or missed. */
export const UPCOMING_STATUSES: readonly AppointmentStatus[] = [
  AppointmentStatus.Scheduled,
  AppointmentStatus.Confirmed,
];

export function isActiveStatus(status: AppointmentStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

export type AppointmentAction =
  'confirm' | 'check_in' | 'start' | 'complete' | 'cancel' | 'no_show' | 'reschedule';

export const APPOINTMENT_ACTIONS: readonly AppointmentAction[] = [
  'confirm',
  'check_in',
  'start',
  'complete',
  'cancel',
  'no_show',
  'reschedule',
];

export enum AppointmentRuleCode {
  IllegalTransition = 'APPOINTMENT.ILLEGAL_TRANSITION',
  TooEarlyForNoShow = 'APPOINTMENT.TOO_EARLY_FOR_NO_SHOW',
  CheckInNotToday = 'APPOINTMENT.CHECK_IN_NOT_TODAY',
  PastCancellationCutoff = 'APPOINTMENT.PAST_CANCELLATION_CUTOFF',
  ReasonRequired = 'APPOINTMENT.REASON_REQUIRED',
  ActionNotAllowed = 'APPOINTMENT.ACTION_NOT_ALLOWED',
  UnknownStatus = 'APPOINTMENT.UNKNOWN_STATUS',
  UnknownType = 'APPOINTMENT.UNKNOWN_TYPE',
  InvalidFee = 'APPOINTMENT.INVALID_FEE',
  InvalidSlotLength = 'APPOINTMENT.INVALID_SLOT_LENGTH',
}
