import { Param, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

import { RequestValidationException } from '../errors/request-validation.exception';

/**
 * Refuses a route parameter that is not a UUID (v4, as the database issues them) with a 400 naming
 * the parameter, before it reaches a service, the database or the audit trail's resource id.
 */
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value, 4)) return value;
    const field = metadata.data ?? 'id';
    throw new RequestValidationException([{ field, message: `${field} must be a UUID` }]);
  }
}

const parseId = new ParseIdPipe();

/** A route parameter holding an id: `@IdParam('id') id: string`. Every id in a path goes through it. */
export function IdParam(name: string): ParameterDecorator {
  return Param(name, parseId);
}
