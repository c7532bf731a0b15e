import {
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

import type { Role } from '../auth/roles';
import { PageQuery } from '../common/pagination';
import { AUDIT_NAME_PATTERN, AUDIT_TIME_PATTERN, type AuditOutcome } from './audit-rules';

export * from './audit-rules';

export type AuditDetail = Record<string, string | number | boolean>;

/** One entry of the audit trail: who did what to which resource, when, from where, and how it ended. */
export interface AuditEntryView {
  id: string;
  /** Position in the hash chain; higher is newer. */
  sequence: number;
  recordedAt: string;
  /** Null for anonymous callers (a failed sign-in, say). */
  actorId: string | null;
  actorRole: Role | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  patientId: string | null;
  /** The patients a list or search returned, so that each one's trail finds the read. */
  patientIds?: string[];
  outcome: AuditOutcome;
  ip: string;
  userAgent: string;
  requestId: string;
  detail?: AuditDetail;
}

/** The result of walking the audit chain from its first entry. */
export interface ChainVerificationView {
  valid: boolean;
  checked: number;
  /** The first entry whose content, hash or link does not match; null when the chain is intact. */
  firstBrokenId: string | null;
}

/** Refuses a value that is not later than the named property (when both are set). */
function IsLaterThan(property: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isLaterThan',
      target: target.constructor,
      propertyName,
      constraints: [property],
      options: { message: `${propertyName} must be later than ${property}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[property];
          if (typeof value !== 'string' || typeof other !== 'string') return true;
          return Date.parse(value) > Date.parse(other);
        },
      },
    });
}

const nameRule = (field: string) => ({
  message: `${field} must be 2-64 lowercase letters, digits, '_', '.' or '-', starting with a letter`,
});
const timeRule = (field: string) => ({
  message: `${field} must be an ISO 8601 date-time with a time zone, e.g. 2025-03-01T08:00:00Z`,
});

/** Filters of the audit trail listing; all are optional and combine with AND. */
export class AuditLogQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  actorId?: string;

  /** The patient's trail: entries about them, and the lists and searches that returned them. */
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @IsOptional()
  @Matches(AUDIT_NAME_PATTERN, nameRule('action'))
  action?: string;

  @IsOptional()
  @Matches(AUDIT_NAME_PATTERN, nameRule('resourceType'))
  resourceType?: string;

  /** Inclusive. */
  @IsOptional()
  @Matches(AUDIT_TIME_PATTERN, timeRule('from'))
  @IsISO8601({ strict: true, strictSeparator: true }, timeRule('from'))
  from?: string;

  /** Exclusive. */
  @IsOptional()
  @Matches(AUDIT_TIME_PATTERN, timeRule('to'))
  @IsISO8601({ strict: true, strictSeparator: true }, timeRule('to'))
  @IsLaterThan('from')
  to?: string;
}
