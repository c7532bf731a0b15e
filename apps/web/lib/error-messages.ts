import { AccountErrorCode, AuthErrorCode } from '@healthsync/contracts/auth/auth-error-codes';
import { CommonErrorCode } from '@healthsync/contracts/common/problem';
import { NotificationErrorCode } from '@healthsync/contracts/notifications/notification-error-codes';
import { PatientErrorCode } from '@healthsync/contracts/patients/patient-rules';
import { AppointmentErrorCode } from '@healthsync/contracts/scheduling/appointment-rules';
import { ScheduleErrorCode } from '@healthsync/contracts/scheduling/schedule-error-codes';

import type { ApiError } from './problem';

export type ApiErrorCode =
  | CommonErrorCode
  | AuthErrorCode
  | AccountErrorCode
  | NotificationErrorCode
  | PatientErrorCode
  | AppointmentErrorCode
  | ScheduleErrorCode;

/**
 * What the portal tells a person for each error code of the API. The API's `detail` is written for
 * developers and may change; a code is stable, and the compiler keeps this list complete.
 */
const MESSAGES: Record<ApiErrorCode, string> = {
  [CommonErrorCode.ValidationFailed]: 'Some of what was entered is not valid; please check it.',
  [CommonErrorCode.MalformedRequest]: 'The request could not be read; please try again.',
  [CommonErrorCode.MalformedBody]: 'The request could not be read; please try again.',
  [CommonErrorCode.HeadersTooLarge]: 'The request is too large; please sign in again.',
  [CommonErrorCode.PayloadTooLarge]: 'What was entered is too long.',
  [CommonErrorCode.UnsupportedMediaType]: 'The request could not be read; please try again.',
  [CommonErrorCode.RouteNotFound]: 'This page or action does not exist.',
  [CommonErrorCode.MethodNotAllowed]: 'This action is not possible here.',
  [CommonErrorCode.RateLimited]: 'Too many attempts; please wait a moment and try again.',
  [CommonErrorCode.Unauthenticated]: 'Please sign in again.',
  [CommonErrorCode.Forbidden]: 'You are not allowed to do this.',
  [CommonErrorCode.NotFound]: 'This record does not exist or is no longer available.',
  [CommonErrorCode.Conflict]: 'This clashes with a record that already exists.',
  [CommonErrorCode.VersionConflict]: 'Someone else changed this record; reload it and try again.',
  [CommonErrorCode.ServiceUnavailable]:
    'The clinic system is not reachable right now; please try again shortly.',
  [CommonErrorCode.Internal]: 'Something went wrong on our side; please try again.',

  [AuthErrorCode.InvalidCredentials]: 'The email or password is wrong, or the account is locked or inactive.',
  [AuthErrorCode.InvalidToken]: 'Your session has ended; please sign in again.',
  [AuthErrorCode.SessionRevoked]: 'Your session has ended; please sign in again.',
  [AuthErrorCode.RefreshTokenReused]: 'For your safety you were signed out everywhere; please sign in again.',
  [AuthErrorCode.InvalidTotpCode]: 'The code is wrong or has expired.',
  [AuthErrorCode.TotpAlreadyEnabled]: 'Two-factor sign-in is already on.',
  [AuthErrorCode.TotpNotEnabled]: 'Two-factor sign-in is not on.',
  [AuthErrorCode.TotpRequired]: 'Your role must sign in with a second factor.',
  [AuthErrorCode.WeakPassword]: 'This password is too weak; choose a longer or less common one.',
  [AuthErrorCode.EmailTaken]: 'This email address is already in use.',
  [AuthErrorCode.InvalidResetToken]: 'The link is invalid, expired or already used; ask for a new one.',
  [AuthErrorCode.WrongPassword]: 'The current password is wrong.',

  [AccountErrorCode.NotFound]: 'This account does not exist.',
  [AccountErrorCode.CannotChangeOwnAccount]: 'Ask another admin to change your own account.',
  [AccountErrorCode.RoleChangeNotAllowed]: 'This change of role is not allowed.',
  [AccountErrorCode.DoctorProfileRequired]: 'A doctor needs a specialty and a licence number.',
  [AccountErrorCode.PatientProfileRequired]: 'A patient needs a date of birth.',
  [AccountErrorCode.LicenceTaken]: 'This licence number belongs to another doctor.',

  [NotificationErrorCode.PushEndpointTaken]: 'This browser is registered to another account.',
  [NotificationErrorCode.PushEndpointNotPublic]: 'This browser cannot receive notifications from the clinic.',
  [NotificationErrorCode.ParkedEventNotFound]: 'This event is no longer waiting for a retry.',

  [PatientErrorCode.PossibleDuplicate]: 'A patient with this name and date of birth is already registered.',

  [AppointmentErrorCode.IllegalTransition]: 'This appointment is no longer in a state that allows this.',
  [AppointmentErrorCode.TooEarlyForNoShow]:
    'An appointment can be marked a no-show only once its start time has passed.',
  [AppointmentErrorCode.CheckInNotToday]: 'A patient can be checked in only on the day of their appointment.',
  [AppointmentErrorCode.PastCancellationCutoff]: 'It is too late to cancel or move this appointment online.',
  [AppointmentErrorCode.ReasonRequired]: 'Staff must give a reason to cancel.',
  [AppointmentErrorCode.ActionNotAllowed]: 'You may not do this to this appointment.',
  [AppointmentErrorCode.UnknownStatus]: 'This appointment status is not known.',
  [AppointmentErrorCode.UnknownType]: 'This kind of appointment is not known.',
  [AppointmentErrorCode.InvalidFee]: 'A fee is a whole, non-negative amount.',
  [AppointmentErrorCode.InvalidSlotLength]: 'A slot length is a whole, positive number of minutes.',
  [AppointmentErrorCode.SlotUnavailable]: 'That slot is no longer free; choose another.',
  [AppointmentErrorCode.PatientBusy]: 'The patient already has an appointment at that time.',
  [AppointmentErrorCode.HoldNotFound]: 'The hold has lapsed or is not yours; choose the slot again.',
  [AppointmentErrorCode.TooManyHolds]: 'Too many slots are held at once; book or release one of them first.',
  [AppointmentErrorCode.IdempotencyKeyReused]:
    'This request was already sent with other values; please try again.',

  [ScheduleErrorCode.InvalidRules]: 'The weekly availability is invalid.',
  [ScheduleErrorCode.InvalidExceptions]: 'The availability exceptions are invalid.',
  [ScheduleErrorCode.InvalidTimeZone]: 'The clinic time zone is not valid.',
  [ScheduleErrorCode.InvalidPolicy]: 'The requested times are not valid.',
  [ScheduleErrorCode.DayOffExists]: 'That day is already a day off.',
  [ScheduleErrorCode.ExceptionNotFound]: 'This day off or these extra hours no longer exist.',
};

/** For a code this portal does not know yet (a newer API): a message by the kind of refusal. */
function fallback(status: number): string {
  if (status === 401) return MESSAGES[CommonErrorCode.Unauthenticated];
  if (status === 403) return MESSAGES[CommonErrorCode.Forbidden];
  if (status === 404) return MESSAGES[CommonErrorCode.NotFound];
  if (status === 409) return 'This clashes with the current state of the record; reload it and try again.';
  if (status === 429) return MESSAGES[CommonErrorCode.RateLimited];
  if (status >= 500) return MESSAGES[CommonErrorCode.Internal];
  return 'The request was refused; please check what was entered.';
}

/** The message the portal shows for a refused request: chosen by its code, never the API's `detail`. */
export function messageOf(error: Pick<ApiError, 'code' | 'status'>): string {
  return Object.hasOwn(MESSAGES, error.code) ? MESSAGES[error.code as ApiErrorCode] : fallback(error.status);
}
