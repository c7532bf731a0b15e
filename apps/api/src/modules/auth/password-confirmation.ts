import { Injectable } from '@nestjs/common';

import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { AccountsRepository, type UserRecord } from '../accounts/accounts.repository';
import { stillActive, wrongPassword } from './auth-errors';
import { PasswordService } from './password.service';
import { SessionsRepository } from './sessions.repository';
import { SignInProtection } from './sign-in-protection';

/** Which field holds the password, and the action a refusal is audited under. */
export interface ConfirmationOf {
  field: 'password' | 'currentPassword';
  action: string;
}

/**
 * The password asked again before a sensitive change, under the sign-in rules: a wrong one counts
 * like a failed sign-in from the session's device, and while a sign-in would be refused, this is
 * too. A refusal is audited as a failure of the change's action.
 */
@Injectable()
export class PasswordConfirmation {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly protection: SignInProtection,
    private readonly passwords: PasswordService,
  ) {}

  /** The signed-in caller's account, once it is still active and the password is right. */
  async confirmCaller(
    auth: AuthContext,
    password: string,
    confirming: ConfirmationOf,
    origin: RequestOrigin,
  ): Promise<UserRecord> {
    const user = stillActive(await this.accounts.findById(auth.userId));
    await this.confirm(auth, user, password, confirming, origin);
    return user;
  }

  /** For a caller that loads the user itself: some changes are refused for what the account is before the password is asked. */
  async confirm(
    auth: AuthContext,
    user: UserRecord,
    password: string,
    { field, action }: ConfirmationOf,
    origin: RequestOrigin,
  ): Promise<void> {
    const deviceId = await this.protection.trusted(user, await this.sessions.deviceOfSession(auth.sessionId));
    const refusal = this.protection.refusal(user, deviceId);
    if (!refusal && (await this.passwords.verify(user.passwordHash, password))) return;
    if (refusal) await this.passwords.verifyDecoy(password);
    await this.protection.refused({ user, action, reason: refusal ?? 'wrong_password', deviceId }, origin);
    throw wrongPassword(field);
  }
}
