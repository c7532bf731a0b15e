import { AUDIT_NAME_PATTERN } from '@healthsync/contracts/audit/audit-rules';
import { zoneOffset } from '@healthsync/domain/scheduling';

import type { AuditFilters } from '@/lib/admin-api';
import { isUuid } from '@/lib/not-found';

/** The audit filters as typed into the form (times as clinic-local `YYYY-MM-DDTHH:mm`). */
export type AuditFilterInput = Omit<AuditFilters, 'page'>;

export const AUDIT_FILTER_FIELDS = ['actorId', 'patientId', 'action', 'resourceType', 'from', 'to'] as const;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A clinic-local wall time as an ISO instant with the zone's offset at that moment (DST-aware). */
export function zonedInstant(local: string, timeZone: string): string | null {
  if (!LOCAL_DATE_TIME.test(local) || Number.isNaN(Date.parse(`${local}:00Z`))) return null;
  const guess = new Date(`${local}:00Z`);
  const offset = zoneOffset(new Date(guess.getTime() - offsetMs(zoneOffset(guess, timeZone))), timeZone);
  return `${local}:00${offset}`;
}

function offsetMs(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000;
}

/** The API's query rules (AuditLogQuery), checked before asking, with a message per field. */
export function checkAuditFilters(
  input: AuditFilterInput,
  timeZone: string,
): { filters: AuditFilters; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const filters: AuditFilters = {};
  for (const field of ['actorId', 'patientId'] as const) {
    const value = input[field];
    if (!value) continue;
    if (isUuid(value)) filters[field] = value;
    else errors[field] = 'Must be an id (UUID), e.g. from “only this person” on an entry.';
  }
  for (const field of ['action', 'resourceType'] as const) {
    const value = input[field];
    if (!value) continue;
    if (AUDIT_NAME_PATTERN.test(value)) filters[field] = value;
    else
      errors[field] =
        "Lowercase letters, digits, '_', '.' or '-', starting with a letter (e.g. admin.user_create).";
  }
  for (const field of ['from', 'to'] as const) {
    const value = input[field];
    if (!value) continue;
    const instant = zonedInstant(value, timeZone);
    if (instant) filters[field] = instant;
    else errors[field] = 'Must be a date and time.';
  }
  if (filters.from && filters.to && Date.parse(filters.to) <= Date.parse(filters.from)) {
    errors['to'] = 'Must be later than “From”.';
    delete filters.to;
  }
  return { filters, errors };
}
