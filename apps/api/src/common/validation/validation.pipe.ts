import { ValidationPipe } from '@nestjs/common';

import { RequestValidationException } from '../errors/request-validation.exception';

/**
 * Bodies, queries and path parameters become their DTO classes; unknown fields are refused (no
 * mass assignment) and every broken rule is reported by field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // One message per field, the most basic rule first (decorators nearest the property run first).
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => RequestValidationException.fromValidationErrors(errors),
  });
}
