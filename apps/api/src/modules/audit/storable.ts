import type { AuditDetail } from '@healthsync/contracts/audit';

/** Ids taken from a request (route parameters, say) are cut to this length on the trail. */
export const MAX_AUDIT_ID_LENGTH = 128;
/** User agents and other free text from a request. */
export const MAX_AUDIT_TEXT_LENGTH = 512;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A string every backend can store and hash: at most `maxLength` code units, NUL bytes and lone
 * UTF-16 surrogates (which PostgreSQL's jsonb refuses) replaced by U+FFFD. Cut first, so a pair
 * split by the cut is repaired too.
 */
export function storableText(value: string, maxLength = MAX_AUDIT_TEXT_LENGTH): string {
  return value.slice(0, maxLength).replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '\uFFFD');
}

export function storableId(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : storableText(value, MAX_AUDIT_ID_LENGTH);
}

export function storableDetail(detail: AuditDetail): AuditDetail {
  return Object.fromEntries(
    Object.entries(detail).map(([key, value]) => [
      storableText(key, MAX_AUDIT_ID_LENGTH),
      typeof value === 'string' ? storableText(value) : value,
    ]),
  );
}
