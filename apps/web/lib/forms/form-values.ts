import { formText } from '@/lib/form-data';
import type { FormState } from '@/lib/problem';

/** What a form of the doctors and admin pages shows after a submission: errors, or a confirmation. */
export interface ActionState extends FormState {
  notice?: string;
}

/** A submitted text field, trimmed; '' when absent. */
export function textOf(form: FormData, name: string): string {
  return formText(form, name).trim();
}

/** A whole number typed into a field, or NaN (which the API's rules refuse with a message). */
export function integerOf(form: FormData, name: string): number {
  const text = textOf(form, name);
  return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** Field errors renamed, e.g. the API's `exceptions.0.date` or `date` to the form's `date`. */
export function renameFields(state: FormState, rename: (field: string) => string): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(state.fieldErrors ?? {}))
    fieldErrors[rename(field)] ??= message;
  return { ...state, fieldErrors };
}
