import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

import type { FieldError } from '@healthsync/contracts/common';

/** The request did not pass DTO validation; carries one entry per broken rule, by field path. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super('The request has invalid fields.');
  }

  static fromValidationErrors(errors: ValidationError[]): RequestValidationException {
    return new RequestValidationException(flattenValidationErrors(errors));
  }
}

export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: field || '(body)',
      message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}
