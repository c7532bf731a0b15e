import { Injectable } from '@nestjs/common';

import { UnitOfWork } from '../../database/unit-of-work';
import { AccountsRepository, type UserRecord } from '../accounts/accounts.repository';
import { OneTimeTokensRepository, type OneTimeTokenPurpose } from './one-time-tokens.repository';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

/** The links that set a password: a reset link, or an invitation to a new account. */
export const PASSWORD_LINKS: OneTimeTokenPurpose[] = ['password_reset', 'invitation'];

/** Why the sessions of the old password ended, on the sessions themselves. */
export type PasswordReplacedBecause = 'password_changed' | 'password_reset';

/** What a new password, changed or reset, does to the account. */
@Injectable()
export class PasswordReplacement {
  constructor(
    private readonly passwords: PasswordService,
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: AccountsRepository,
    private readonly links: OneTimeTokensRepository,
    private readonly sessions: SessionService,
  ) {}

  /** Refuses a common password, or one made of the account's email, on the `newPassword` field. */
  assertAcceptable(user: UserRecord, newPassword: string): void {
    this.passwords.assertAcceptable(newPassword, 'newPassword', user.email);
  }

  /**
   * Stores the new password and cancels every reset or invitation link still out, together (none may
   * set another password later); then ends the sessions the old password opened, but `keepSessionId`.
   */
  async replace(
    user: UserRecord,
    newPassword: string,
    because: PasswordReplacedBecause,
    keepSessionId?: string,
  ): Promise<void> {
    const passwordHash = await this.passwords.hash(newPassword);
    await this.unitOfWork.run(async (tx) => {
      await this.accounts.in(tx).setPassword(user.id, passwordHash);
      await this.links.in(tx).revokeAll(user.id, PASSWORD_LINKS);
    });
    await this.sessions.revokeAll(user.id, because, keepSessionId);
  }
}
