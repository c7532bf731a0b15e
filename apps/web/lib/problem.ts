import type { FieldError, ProblemDetails } from '@healthsync/contracts/common';

import { messageOf } from './error-messages';

/** An API error answer (problem+json), with its stable code and per-field messages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** The whole answer, for extension members such as a duplicate warning's `candidates`. */
  readonly problem: Partial<ProblemDetails>;

  constructor(status: number, problem: Partial<ProblemDetails>) {
    const detail = problem.detail ?? problem.title ?? `The request failed with status ${status}.`;
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? 'SERVER.INTERNAL';
    this.detail = detail;
    this.fieldErrors = problem.errors ?? [];
    this.problem = problem;
  }
}

/** What a form shows after a refused submission: one message per field and one for the whole form. */
export interface FormState {
  formError?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

export function toFormState(error: unknown, values?: Record<string, string>): FormState {
  if (!(error instanceof ApiError)) throw error;
  const fieldErrors: Record<string, string> = {};
  for (const { field, message } of error.fieldErrors) fieldErrors[field] ??= message;
  return {
    formError: error.fieldErrors.length > 0 ? 'Please correct the fields marked below.' : messageOf(error),
    fieldErrors,
    values,
  };
}

/** The props a form field takes from the last submission: its name, what was typed, and its error. */
export function fieldFrom(state: FormState, name: string, keepValue = true) {
  return {
    name,
    defaultValue: keepValue ? state.values?.[name] : undefined,
    error: state.fieldErrors?.[name],
  };
}
