// No decorators here: the portal loads this module, and class-validator's need reflect-metadata.

/** How an audited request ended. */
export enum AuditOutcome {
  Success = 'success',
  Failure = 'failure',
  /** Refused: not signed in (401) or not allowed (403). */
  Denied = 'denied',
  NotFound = 'not_found',
}

/** Actions (`medical_record.read`) and resource types (`patient`) are short lowercase names. */
export const AUDIT_NAME_PATTERN = /^[a-z][a-z0-9_.-]{1,63}$/;

/** The longest action or resource type name (AUDIT_NAME_PATTERN). */
export const AUDIT_NAME_MAX_LENGTH = 64;

/** Full date-time with a zone (`2025-03-01T08:00:00Z`); a bare date or a local time would be ambiguous. */
export const AUDIT_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
