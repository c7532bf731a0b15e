import type { FormState } from '../../lib/problem';

/** What a form of the doctors and admin pages shows after a submission: errors, or a confirmation. */
export interface ActionState extends FormState {
  notice?: string;
}

/** A submitted text field, trimmed; '' when absent. */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The submitted text fields, to put back into the form after a refusal. */
export function valuesOf(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, textOf(form, name)]));
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
