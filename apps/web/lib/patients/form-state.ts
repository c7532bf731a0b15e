import type { DuplicateCandidate } from '@healthsync/contracts/patients';

import { type ActionState, fieldFrom } from '@/lib/problem';

/** A patient form after a refused submission; `duplicates` when the API suspects a second registration. */
export interface PatientFormState extends ActionState {
  duplicates?: DuplicateCandidate[];
}

/** A field's props from the last submission, a browser-side check winning over the API's message. */
export function fieldProps(state: ActionState, clientErrors: Record<string, string>) {
  return (name: string) => fieldFrom(state, name, { clientErrors });
}
