import { CommonErrorCode } from '@healthsync/contracts/common/problem';
import type { DuplicateCandidate } from '@healthsync/contracts/patients';
import { PatientErrorCode } from '@healthsync/contracts/patients/patient-rules';

import { ApiError, toActionState } from '@/lib/problem';

import type { PatientFormState } from './form-state';
import type { FormValues } from './patient-form-values';

const VERSION_CONFLICT_MESSAGE =
  'Someone else changed this record while you were editing it, so your changes were not saved. ' +
  'Reload the page to see the current record, then make your change again.';

function candidatesOf(error: ApiError): DuplicateCandidate[] {
  const candidates = error.problem['candidates'];
  return Array.isArray(candidates) ? (candidates as DuplicateCandidate[]) : [];
}

/**
 * What a patient form shows after the API refused it: field messages next to the form's fields (and
 * in the alert when no field of the form carries them), the possible duplicates, or a conflict.
 */
export function toPatientFormState(
  error: unknown,
  values: FormValues,
  fieldNames: readonly string[],
): PatientFormState {
  if (error instanceof ApiError && error.code === PatientErrorCode.PossibleDuplicate) {
    return { values, duplicates: candidatesOf(error) };
  }
  if (error instanceof ApiError && error.code === CommonErrorCode.VersionConflict) {
    return { values, formError: VERSION_CONFLICT_MESSAGE };
  }
  const state = toActionState(error, values);
  const elsewhere = (error as ApiError).fieldErrors.filter(({ field }) => !fieldNames.includes(field));
  if (elsewhere.length === 0) return state;
  return { ...state, formError: [state.formError, ...elsewhere.map(({ message }) => message)].join(' ') };
}
