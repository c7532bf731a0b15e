import { CommonErrorCode } from '@healthsync/contracts/common';
import { AppointmentErrorCode, MAX_ACTIVE_HOLDS_PER_PATIENT } from '@healthsync/contracts/scheduling';
import { DomainError } from '@healthsync/domain/errors';

import { describeDatabaseError } from '../../common/errors/database-errors';

export class AppointmentNotFound extends DomainError<CommonErrorCode.NotFound> {
  constructor() {
    super('not_found', CommonErrorCode.NotFound, 'No such appointment.');
  }
}

export const slotUnavailable = () =>
  new DomainError(
    'conflict',
    AppointmentErrorCode.SlotUnavailable,
    'That slot is no longer free; choose another.',
  );

export const patientBusy = () =>
  new DomainError(
    'conflict',
    AppointmentErrorCode.PatientBusy,
    'The patient already has an appointment at that time.',
  );

export const tooManyHolds = () =>
  new DomainError(
    'conflict',
    AppointmentErrorCode.TooManyHolds,
    `A patient may hold at most ${MAX_ACTIVE_HOLDS_PER_PATIENT} slots at a time; book or release one of them first.`,
    { limit: MAX_ACTIVE_HOLDS_PER_PATIENT },
  );

export const holdNotFound = () =>
  new DomainError(
    'conflict',
    AppointmentErrorCode.HoldNotFound,
    'The hold has lapsed or is not yours; choose the slot again.',
  );

export const idempotencyKeyReused = () =>
  new DomainError(
    'unprocessable',
    AppointmentErrorCode.IdempotencyKeyReused,
    'This Idempotency-Key was used with a different request.',
  );

export const versionConflict = (currentVersion: number) =>
  new DomainError(
    'conflict',
    CommonErrorCode.VersionConflict,
    `The appointment changed since you loaded it (now version ${currentVersion}); reload and try again.`,
    { currentVersion },
  );

/** The exclusion constraints that keep active appointments apart, and what breaking each means to the caller. */
const OVERLAP_ERRORS: Record<string, () => DomainError> = {
  appointments_no_double_booking_doctor: slotUnavailable,
  appointments_no_double_booking_patient: patientBusy,
};

/** An exclusion violation becomes the rule it broke (the doctor's time or the patient's); anything else is left as it is. */
export function translateOverlap(error: unknown): unknown {
  if (describeDatabaseError(error)?.status !== 409) return error;
  const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint ?? '';
  return OVERLAP_ERRORS[constraint]?.() ?? error;
}
