import { AuthErrorCode } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

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
