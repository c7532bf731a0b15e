import { Injectable } from '@nestjs/common';

import { AccountStatus, type ResetPasswordDto } from '@healthsync/contracts/auth';

import type { RequestOrigin } from '../../common/auth/auth-context';
import { tokenHash } from '../../common/crypto/secret-box';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import { AccountEmails } from './account-emails';
import { accountChangedByLink } from './auth-audit';
import { invalidLink } from './auth-errors';
import { OneTimeTokensRepository } from './one-time-tokens.repository';
import { PASSWORD_LINKS, PasswordReplacement } from './password-replacement';

/**
 * What a caller who is not signed in can do with an emailed single-use link: ask for a password
 * reset, set a new password (reset or invitation), or lift the pause on sign-ins from new devices.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly links: OneTimeTokensRepository,
    private readonly replacement: PasswordReplacement,
    private readonly audit: AuditService,
    private readonly emails: AccountEmails,
  ) {}

  /** Always answers the same; an email goes out only for an active account. */
  async forgotPassword(email: string, origin: RequestOrigin): Promise<void> {
    const user = await this.accounts.findByEmail(email);
    if (!user || user.status !== AccountStatus.Active) return;
    this.emails.inBackground((emails) => emails.sendPasswordReset(user));
    await this.audit.record(accountChangedByLink(user.id, 'auth.password_reset_requested', origin));
  }

  /** The new password is checked before the link is used up, so a refused password does not waste it. */
  async resetPassword(dto: ResetPasswordDto, origin: RequestOrigin): Promise<void> {
    const hash = tokenHash(dto.token);
    const userId = await this.links.findUser(hash, PASSWORD_LINKS);
    const user = userId ? await this.accounts.findById(userId) : null;
    if (!user || user.status !== AccountStatus.Active) throw invalidLink();
    this.replacement.assertAcceptable(user, dto.newPassword);
    if ((await this.links.consume(hash, PASSWORD_LINKS)) !== user.id) throw invalidLink();
    await this.replacement.replace(user, dto.newPassword, 'password_reset');
    await this.audit.record(accountChangedByLink(user.id, 'auth.password_reset', origin));
  }

  /** The emailed unlock link: lifts the pause on sign-ins from unknown devices, once. */
  async unlock(token: string, origin: RequestOrigin): Promise<void> {
    const userId = await this.links.consume(tokenHash(token), ['account_unlock']);
    if (!userId) throw invalidLink();
    await this.accounts.resetLoginFailures(userId);
    await this.audit.record(accountChangedByLink(userId, 'auth.unlock', origin));
  }
}
