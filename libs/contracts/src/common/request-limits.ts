/**
 * What a JSON request body may hold, checked as soon as it is parsed and before any validation runs,
 * so that a body under the size limit (`BODY_LIMIT`) still cannot make validation slow or its answer large.
 */
export const JSON_BODY_LIMITS = {
  /** Nesting depth of objects and arrays. */
  maxDepth: 32,
  /** Properties of any one object: no request shape has a tenth of this. */
  maxProperties: 100,
  /** Items of any one array: lists the API takes hold at most 100. */
  maxArrayItems: 1_000,
  /** Values in the whole body (objects, arrays and every string, number, boolean or null in them). */
  maxValues: 10_000,
} as const;

/** A validation problem lists at most this many unknown fields, then counts the rest in one entry. */
export const MAX_REPORTED_UNKNOWN_FIELDS = 5;

/** A validation problem lists at most this many field errors in all, then counts the rest in one entry. */
export const MAX_REPORTED_FIELD_ERRORS = 20;

/** Field names and messages quoted back in a problem are cut to this many characters. */
export const MAX_REPORTED_TEXT_LENGTH = 120;

/** A problem's `instance` (the request path) and `detail` are cut to these lengths: paths come from the caller. */
export const MAX_PROBLEM_INSTANCE_LENGTH = 200;
export const MAX_PROBLEM_DETAIL_LENGTH = 500;
