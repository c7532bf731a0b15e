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

/** A positive integer that fits a PostgreSQL bigint, as a string (outbox event ids). */
const SERIAL_ID = /^[1-9]\d{0,17}$/;

/** Refuses a route parameter that is not a sequence number (a bigserial id) with a 400 naming it. */
export class ParseSerialIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && SERIAL_ID.test(value)) return value;
    const field = metadata.data ?? 'id';
    throw new RequestValidationException([{ field, message: `${field} must be a positive integer` }]);
  }
}

const parseSerialId = new ParseSerialIdPipe();

/** A route parameter holding a sequence number: `@SerialIdParam('id') id: string`. */
export function SerialIdParam(name: string): ParameterDecorator {
  return Param(name, parseSerialId);
}
