import { AccountErrorCode, AuthErrorCode } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

export class AccountNotFound extends DomainError<AccountErrorCode.NotFound> {
  constructor() {
    super('not_found', AccountErrorCode.NotFound, 'No such account.');
  }
}

export function emailTaken(): DomainError {
  const message = 'An account with this email already exists.';
  return new DomainError('conflict', AuthErrorCode.EmailTaken, message, {
    errors: [{ field: 'email', message }],
  });
}

export function licenceTaken(): DomainError {
  const message = 'Another doctor has this licence number.';
  return new DomainError('conflict', AccountErrorCode.LicenceTaken, message, {
    errors: [{ field: 'licenceNumber', message }],
  });
}
