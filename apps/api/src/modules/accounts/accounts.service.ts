import { Injectable } from '@nestjs/common';

import { AccountErrorCode, AccountStatus, AuthErrorCode } from '@healthsync/contracts/auth';
import { UserFactory, type UserBlueprint } from '@healthsync/domain/accounts';
import { DomainError } from '@healthsync/domain/errors';

import { describeDatabaseError } from '../../common/errors/database-errors';
import { PasswordService } from '../auth/password.service';
import { AccountsRepository, type UserWithProfiles } from './accounts.repository';

/** With a password to check and hash, or a hash made earlier (a confirmed registration), or neither. */
export type NewAccount = Omit<UserBlueprint, 'id' | 'status'> & { password?: string; passwordHash?: string };

export class AccountNotFound extends DomainError<AccountErrorCode.NotFound> {
  constructor() {
    super('not_found', AccountErrorCode.NotFound, 'No such account.');
  }
}

/** Creates accounts through the `UserFactory`, so each role gets the profile it needs. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly passwords: PasswordService,
  ) {}

  /** A new account; without a password it cannot sign in until its holder sets one from an emailed link. */
  async create(account: NewAccount): Promise<UserWithProfiles> {
    const { password, passwordHash: hashed, ...blueprint } = account;
    const user = UserFactory.create({ ...blueprint, id: '', status: AccountStatus.Active });
    if (password) this.passwords.assertAcceptable(password, 'password', account.email);
    const passwordHash = hashed ?? (password ? await this.passwords.hash(password) : null);
    try {
      return await this.accounts.insert(user, passwordHash);
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async get(userId: string): Promise<UserWithProfiles> {
    const found = await this.accounts.findWithProfiles(userId);
    if (!found) throw new AccountNotFound();
    return found;
  }
}

/** Names the field a unique violation is about, without quoting the database. */
export function translateUniqueViolation(error: unknown): unknown {
  if (describeDatabaseError(error)?.status !== 409) return error;
  const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint ?? '';
  if (constraint === 'users_email_unique') {
    const message = 'An account with this email already exists.';
    return new DomainError('conflict', AuthErrorCode.EmailTaken, message, {
      errors: [{ field: 'email', message }],
    });
  }
  if (constraint === 'doctors_licence_unique') {
    const message = 'Another doctor has this licence number.';
    return new DomainError('conflict', AccountErrorCode.LicenceTaken, message, {
      errors: [{ field: 'licenceNumber', message }],
    });
  }
  return error;
}
