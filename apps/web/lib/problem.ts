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

/**
 * What a form shows after its server action: a confirmation (`notice`), or why not: one message for
 * the whole form, one per field, and what was typed so it can be shown again. Every form's state.
 */
export interface ActionState {
  notice?: string;
  formError?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

/**
 * The API's field errors by the form's field names: the one way an error reaches its field. The
 * first message of a field wins; `rename` maps an API path (`quietHours.start`) to an input's name.
 */
export function fieldErrorsOf(
  errors: readonly { field: string; message: string }[],
  rename: (field: string) => string = (field) => field,
): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { field, message } of errors) byField[rename(field)] ??= message;
  return byField;
}

/** A refused request as the form's state; anything but an API refusal is thrown on. */
export function toActionState(
  error: unknown,
  values?: Record<string, string>,
  rename?: (field: string) => string,
): ActionState {
  if (!(error instanceof ApiError)) throw error;
  return {
    formError: error.fieldErrors.length > 0 ? 'Please correct the fields marked below.' : messageOf(error),
    fieldErrors: fieldErrorsOf(error.fieldErrors, rename),
    values,
  };
}

interface FieldOptions {
  /** Show what was typed again (not for passwords and codes). */
  keepValue?: boolean;
  /** The value before any submission, e.g. the record being edited. */
  initial?: string;
  /** The browser's own checks, which win over the API's message. */
  clientErrors?: Record<string, string>;
}

/** The props a form field takes from the last submission: its name, what was typed, and its error. */
export function fieldFrom(
  state: ActionState,
  name: string,
  { keepValue = true, initial, clientErrors }: FieldOptions = {},
) {
  return {
    name,
    defaultValue: keepValue ? (state.values?.[name] ?? initial) : undefined,
    error: clientErrors?.[name] ?? state.fieldErrors?.[name],
  };
}

export type FieldProps = ReturnType<typeof fieldFrom>;
