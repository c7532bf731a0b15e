import type { NextFunction, Request, Response } from 'express';

import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

/** Deeper than any request this API takes; deeper bodies would only exhaust the validators' recursion. */
export const MAX_JSON_DEPTH = 32;

/** The nesting depth of a parsed JSON value, walked without recursion and stopping past `limit`. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/** Refuses a JSON body nested deeper than MAX_JSON_DEPTH with 400, before any validation runs. */
export function rejectDeepJson(request: Request, _response: Response, next: NextFunction): void {
  if (jsonDepthExceeds(request.body, MAX_JSON_DEPTH)) {
    next(
      new DomainError(
        'invalid',
        CommonErrorCode.MalformedBody,
        `The request body is nested more than ${MAX_JSON_DEPTH} levels deep.`,
      ),
    );
    return;
  }
  next();
}
