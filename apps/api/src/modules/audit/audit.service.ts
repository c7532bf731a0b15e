import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';

import {
  AUDIT_NAME_PATTERN,
  type AuditDetail,
  type AuditEntryView,
  type AuditLogQuery,
  type AuditOutcome,
  type ChainVerificationView,
} from '@healthsync/contracts/audit';
import type { Role } from '@healthsync/contracts/auth';
import type { Page } from '@healthsync/contracts/common';

import type { RequestOrigin } from '../../common/auth/auth-context';
import { LOGGER } from '../../common/logging/logger.token';
import {
  APPEND_ONLY_LOG,
  type AppendOnlyLogStore,
  type LogEntry,
  type LogFieldValue,
  type LogQuery,
} from '../../documents/document-store';
import { verifyLogChain } from '../../documents/log-integrity';
import { MAX_AUDIT_ID_LENGTH, storableDetail, storableId, storableText } from './storable';

export const AUDIT_STREAM = 'audit';

export interface AuditActor {
  userId: string;
  /** Null when the caller is known only by id (a replayed refresh token, say). */
  role: Role | null;
}

/** Something to put on the audit trail. `detail` must hold no health data: ids, counts and codes only. */
export interface AuditEvent {
  /** Null for an anonymous caller. */
  actor: AuditActor | null;
  action: string;
  resourceType: string;
  resourceId?: string | null;
  patientId?: string | null;
  /** Every patient a list or search returned; filtering by `patientId` finds the entry for each. */
  patientIds?: readonly string[];
  /** The enum or its value (`'denied'`). */
  outcome: AuditOutcome | `${AuditOutcome}`;
  origin: RequestOrigin;
  detail?: AuditDetail;
}

/** The stored body: flat, so that each list filter is an equality on a top-level field. */
type AuditRecord = Omit<AuditEntryView, 'id' | 'sequence' | 'recordedAt'>;

/** The only body fields a listing may filter on by equality; nothing else from a query reaches the store. */
const FILTER_FIELDS = ['actorId', 'action', 'resourceType'] as const;
/** A patient's trail: the entries naming them alone, and the lists and searches that returned them. */
const PATIENT_FIELDS = ['patientId', 'patientIds'];

function assertAuditName(kind: string, value: string): void {
  if (!AUDIT_NAME_PATTERN.test(value))
    throw new Error(`Audit ${kind} "${value}" does not match ${AUDIT_NAME_PATTERN}`);
}

/** What the request supplied (ids from the URL, headers, detail) made storable on every backend. */
function toRecord(event: AuditEvent): AuditRecord {
  return {
    actorId: event.actor?.userId ?? null,
    actorRole: event.actor?.role ?? null,
    action: event.action,
    resourceType: event.resourceType,
    resourceId: storableId(event.resourceId),
    patientId: storableId(event.patientId),
    ...(event.patientIds && {
      patientIds: [...new Set(event.patientIds)].map((id) => storableText(id, MAX_AUDIT_ID_LENGTH)),
    }),
    outcome: event.outcome as AuditOutcome,
    ip: storableText(event.origin.ip, MAX_AUDIT_ID_LENGTH),
    userAgent: storableText(event.origin.userAgent),
    requestId: storableText(event.origin.requestId, MAX_AUDIT_ID_LENGTH),
    ...(event.detail && { detail: storableDetail(event.detail) }),
  };
}

/** What a log line may say about an unrecorded event: no detail values, which may be sensitive. */
function describeForLog(event: AuditEvent) {
  const { detail, ...record } = toRecord(event);
  return { ...record, detailKeys: Object.keys(detail ?? {}) };
}

function errorSummary(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'unknown', message: String(error) };
}

function toLogQuery(query: AuditLogQuery): LogQuery {
  const where: Record<string, LogFieldValue> = {};
  for (const field of FILTER_FIELDS) {
    const value = query[field];
    if (value !== undefined) where[field] = value;
  }
  return {
    where,
    ...(query.patientId !== undefined && { mentions: { fields: PATIENT_FIELDS, value: query.patientId } }),
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    page: query.page,
    limit: query.limit,
  };
}

function toView(entry: LogEntry<AuditRecord>): AuditEntryView {
  const { body } = entry;
  return {
    id: entry.id,
    sequence: entry.sequence,
    recordedAt: entry.recordedAt.toISOString(),
    actorId: body.actorId,
    actorRole: body.actorRole,
    action: body.action,
    resourceType: body.resourceType,
    resourceId: body.resourceId,
    patientId: body.patientId,
    ...(body.patientIds && { patientIds: body.patientIds }),
    outcome: body.outcome,
    ip: body.ip,
    userAgent: body.userAgent,
    requestId: body.requestId,
    ...(body.detail && { detail: body.detail }),
  };
}

/** The audit trail: an append-only, hash-chained log of who touched which data, when, from where. */
@Injectable()
export class AuditService {
  constructor(
    @Inject(APPEND_ONLY_LOG) private readonly log: AppendOnlyLogStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Appends the event; if that fails the error is logged and rethrown, so the caller's request fails. */
  async record(event: AuditEvent): Promise<void> {
    assertAuditName('action', event.action);
    assertAuditName('resource type', event.resourceType);
    try {
      await this.log.append(AUDIT_STREAM, toRecord(event));
    } catch (error) {
      this.logger.error(
        { audit: describeForLog(event), err: errorSummary(error) },
        'audit entry could not be written',
      );
      throw error;
    }
  }

  /** Newest first. */
  async list(query: AuditLogQuery): Promise<Page<AuditEntryView>> {
    const page = await this.log.list<AuditRecord>(AUDIT_STREAM, toLogQuery(query));
    return { ...page, items: page.items.map(toView) };
  }

  verify(): Promise<ChainVerificationView> {
    return verifyLogChain(this.log, AUDIT_STREAM);
  }
}
