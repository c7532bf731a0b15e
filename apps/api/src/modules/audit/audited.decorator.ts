import { SetMetadata } from '@nestjs/common';

import { AUDIT_NAME_PATTERN } from '@healthsync/contracts/audit';

export const AUDITED = 'healthsync:audited';

export interface AuditedOptions {
  /** What happened, as `<resource>.<verb>`: `medical_record.read`. */
  action: string;
  resourceType: string;
  /** The route parameter holding the resource's id. */
  resourceIdParam?: string;
  /** The route parameter holding the patient's id; takes precedence over `patientIdFrom`. */
  patientIdParam?: string;
  /** The patient's id from the handler's result, when the route does not name it. */
  patientIdFrom?: (result: unknown) => string | undefined;
  /** Every patient in the handler's result (a list or search), each of whose trails then finds the read. */
  patientIdsFrom?: (result: unknown) => string[];
  /**
   * The handler writes its own success entry (with a detail only it knows); the interceptor then
   * records only the calls that fail, so every call still leaves exactly one entry.
   */
  recordsOwnSuccess?: boolean;
}

/**
 * Puts every call of the handler on the audit trail with its outcome; the success entry is written
 * before the response is sent. Not for handlers that write the response themselves (`@Res()`).
 */
export function Audited(options: AuditedOptions) {
  for (const name of [options.action, options.resourceType]) {
    // Fails at start-up rather than on the first request.
    if (!AUDIT_NAME_PATTERN.test(name))
      throw new Error(`@Audited name "${name}" does not match ${AUDIT_NAME_PATTERN}`);
  }
  return SetMetadata(AUDITED, options);
}
