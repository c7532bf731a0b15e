import { AuditOutcome, type AuditDetail } from '@healthsync/contracts/audit';
import type { Role } from '@healthsync/contracts/auth';

import type { RequestOrigin } from '../../common/auth/auth-context';
import type { AuditEvent } from '../audit/audit.service';

/** The account an entry is about, acting on itself. */
export interface AccountActor {
  id: string;
  role: Role;
}

function aboutAccount(
  actor: AccountActor | null,
  accountId: string | undefined,
  action: string,
  outcome: AuditOutcome,
  origin: RequestOrigin,
  detail?: AuditDetail,
): AuditEvent {
  return {
    actor: actor ? { userId: actor.id, role: actor.role } : null,
    action,
    resourceType: 'user',
    resourceId: accountId,
    outcome,
    origin,
    ...(detail ? { detail } : {}),
  };
}

/** Something a user did to their own account. */
export function accountChanged(
  user: AccountActor,
  action: string,
  origin: RequestOrigin,
  detail?: AuditDetail,
): AuditEvent {
  return aboutAccount(user, user.id, action, AuditOutcome.Success, origin, detail);
}

/** Something an emailed link did to an account, for a caller who is not signed in. */
export function accountChangedByLink(userId: string, action: string, origin: RequestOrigin): AuditEvent {
  return aboutAccount(null, userId, action, AuditOutcome.Success, origin);
}

/** A refused attempt at `action`; the account is null when the email has none. */
export function attemptRefused(
  user: AccountActor | null,
  action: string,
  origin: RequestOrigin,
  detail: AuditDetail,
): AuditEvent {
  return aboutAccount(user, user?.id, action, AuditOutcome.Failure, origin, detail);
}
