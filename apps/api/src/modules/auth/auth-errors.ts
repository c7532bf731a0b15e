import { AccountStatus, AuthErrorCode } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import type { UserRecord } from '../accounts/accounts.repository';

/** One message for every failed sign-in, so it never tells whether the email has an account. */
export class InvalidCredentials extends DomainError<AuthErrorCode.InvalidCredentials> {
  constructor() {
    super(
      'unauthenticated',
      AuthErrorCode.InvalidCredentials,
      'The email or password is wrong, or the account is locked or inactive.',
    );
  }
}

/** An emailed link (reset, invitation, unlock, registration) that is unknown, expired or used. */
export function invalidLink(): DomainError {
  return new DomainError(
    'invalid',
    AuthErrorCode.InvalidResetToken,
    'The link is invalid, expired or already used; ask for a new one.',
  );
}

/** A wrong current password from a signed-in user: a 400 on the field, not a 401 that would end their session. */
export function wrongPassword(field = 'currentPassword'): DomainError {
  const message = field === 'currentPassword' ? 'The current password is wrong.' : 'The password is wrong.';
  return new DomainError('invalid', AuthErrorCode.WrongPassword, message, { errors: [{ field, message }] });
}

/** For a signed-in user confirming a change: a 400 on the field, not a 401 that would end their session. */
export function invalidCode(): DomainError {
  const message = 'The code is wrong, expired or already used.';
  return new DomainError('invalid', AuthErrorCode.InvalidTotpCode, message, {
    errors: [{ field: 'code', message }],
  });
}

/** The account a token or challenge names, if it is still active; otherwise its holder must sign in again. */
export function stillActive(user: UserRecord | null): UserRecord {
  if (!user || user.status !== AccountStatus.Active)
    throw new DomainError('unauthenticated', AuthErrorCode.InvalidToken, 'Sign in again.');
  return user;
}
