import type { NextFunction, Request, Response } from 'express';

import { CommonErrorCode, JSON_BODY_LIMITS } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

export interface JsonShapeLimits {
  maxDepth: number;
  maxProperties: number;
  maxArrayItems: number;
  maxValues: number;
}

/** Counts an object's own enumerable keys, stopping once past `limit` (a flood is never walked whole). */
function keyCountExceeds(value: object, limit: number): boolean {
  let count = 0;
  for (const key in value) {
    if (Object.hasOwn(value, key) && ++count > limit) return true;
  }
  return false;
}

/**
 * Why a parsed JSON value is too big in shape (not in bytes) to validate, or undefined when it is
 * not: too deep, an object with too many properties, an array with too many items, or too many
 * values in all. Walked without recursion, stopping at the first limit passed.
 */
export function jsonShapeViolation(
  value: unknown,
  limits: JsonShapeLimits = JSON_BODY_LIMITS,
): string | undefined {
  const pending: Array<[unknown, number]> = [[value, 1]];
  let values = 0;
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (++values > limits.maxValues) return `holds more than ${limits.maxValues} values`;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limits.maxDepth) return `is nested more than ${limits.maxDepth} levels deep`;
    if (Array.isArray(current)) {
      if (current.length > limits.maxArrayItems)
        return `has an array of more than ${limits.maxArrayItems} items`;
    } else if (keyCountExceeds(current, limits.maxProperties)) {
      return `has an object with more than ${limits.maxProperties} properties`;
    }
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return undefined;
}

/** Refuses a JSON body beyond JSON_BODY_LIMITS with 400, before any validation runs. */
export function rejectOversizedJson(request: Request, _response: Response, next: NextFunction): void {
  const violation = jsonShapeViolation(request.body);
  if (violation) {
    next(new DomainError('invalid', CommonErrorCode.MalformedBody, `The request body ${violation}.`));
    return;
  }
  next();
}
