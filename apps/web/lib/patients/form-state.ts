import type { DuplicateCandidate } from '@healthsync/contracts/patients';

import type { FormState } from '@/lib/problem';

/** A patient form after a refused submission; `duplicates` when the API suspects a second registration. */
export interface PatientFormState extends FormState {
  duplicates?: DuplicateCandidate[];
}

/** A field's props from the last submission, a browser-side check winning over the API's message. */
export function fieldProps(state: FormState, clientErrors: Record<string, string>) {
  return (name: string) => ({
    name,
    defaultValue: state.values?.[name],
    error: clientErrors[name] ?? state.fieldErrors?.[name],
  });
}

export type FieldProps = ReturnType<ReturnType<typeof fieldProps>>;
