import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

import {
  MAX_REPORTED_FIELD_ERRORS,
  MAX_REPORTED_TEXT_LENGTH,
  MAX_REPORTED_UNKNOWN_FIELDS,
  type FieldError,
} from '@healthsync/contracts/common';

/** The request did not pass DTO validation; carries one entry per broken rule, by field path. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super('The request has invalid fields.');
  }

  static fromValidationErrors(errors: ValidationError[]): RequestValidationException {
    return new RequestValidationException(summariseFieldErrors(flattenValidationErrors(errors)));
  }
}

/** class-validator's constraint name for a field the request shape does not have. */
const UNKNOWN_FIELD = 'whitelistValidation';

interface RawFieldError extends FieldError {
  unknown: boolean;
}

/** Names come from the caller, so what is quoted back is cut short. */
function clip(text: string): string {
  return text.length > MAX_REPORTED_TEXT_LENGTH ? `${text.slice(0, MAX_REPORTED_TEXT_LENGTH)}…` : text;
}

export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): RawFieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const unknown = constraint === UNKNOWN_FIELD;
      return {
        field: clip(field || '(body)'),
        // The stock message repeats the (possibly huge) name: say it again with the clipped one.
        message: unknown ? `property ${clip(error.property)} should not exist` : clip(message),
        unknown,
      };
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * At most a few unknown fields and a bounded number of errors in all, so a request with thousands of
 * stray fields gets an answer of a few hundred bytes; what is left out is counted in a last entry.
 */
export function summariseFieldErrors(errors: RawFieldError[]): FieldError[] {
  const broken = errors.filter((error) => !error.unknown).slice(0, MAX_REPORTED_FIELD_ERRORS);
  const unknown = errors
    .filter((error) => error.unknown)
    .slice(0, Math.min(MAX_REPORTED_UNKNOWN_FIELDS, MAX_REPORTED_FIELD_ERRORS - broken.length));
  const kept = [...broken, ...unknown].map(({ field, message }) => ({ field, message }));
  const left = errors.length - kept.length;
  if (left === 0) return kept;
  const onlyUnknownLeft = errors.filter((error) => !error.unknown).length === broken.length;
  return [
    ...kept,
    { field: '(more)', message: `and ${left} more ${onlyUnknownLeft ? 'unknown fields' : 'errors'}` },
  ];
}
