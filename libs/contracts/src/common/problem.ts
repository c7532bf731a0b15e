/** Stable error codes the API answers with; the portal picks its messages by code. */
export enum CommonErrorCode {
  ValidationFailed = 'REQUEST.VALIDATION_FAILED',
  MalformedRequest = 'REQUEST.MALFORMED',
  MalformedBody = 'REQUEST.MALFORMED_BODY',
  HeadersTooLarge = 'REQUEST.HEADERS_TOO_LARGE',
  PayloadTooLarge = 'REQUEST.PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  RouteNotFound = 'REQUEST.ROUTE_NOT_FOUND',
  MethodNotAllowed = 'REQUEST.METHOD_NOT_ALLOWED',
  RateLimited = 'REQUEST.RATE_LIMITED',
  Unauthenticated = 'AUTH.UNAUTHENTICATED',
  Forbidden = 'AUTH.FORBIDDEN',
  NotFound = 'RESOURCE.NOT_FOUND',
  Conflict = 'RESOURCE.CONFLICT',
  VersionConflict = 'RESOURCE.VERSION_CONFLICT',
  ServiceUnavailable = 'SERVER.UNAVAILABLE',
  Internal = 'SERVER.INTERNAL',
}

/** One field that failed validation; `field` is a dotted path such as `address.postcode` or `items.0.dose`. */
export interface FieldError {
  field: string;
  message: string;
}

/** Every error the API returns, as `application/problem+json` (RFC 9457). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  requestId: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
