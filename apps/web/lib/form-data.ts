/** A text field of a submitted form; an absent or file field reads as empty. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** The named text fields, trimmed: what a form sends on, and shows again after a refusal. */
export function formValues(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, formText(form, name).trim()]));
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
