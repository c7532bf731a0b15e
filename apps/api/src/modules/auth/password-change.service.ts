import { Injectable } from '@nestjs/common';

import type { ChangePasswordDto } from '@healthsync/contracts/auth';

import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { AccountEmails } from './account-emails';
import { accountChanged } from './auth-audit';
import { PasswordConfirmation } from './password-confirmation';
import { PasswordReplacement } from './password-replacement';

/** A signed-in user changing their password with the current one; every other session ends. */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly confirmation: PasswordConfirmation,
    private readonly replacement: PasswordReplacement,
    private readonly audit: AuditService,
    private readonly emails: AccountEmails,
  ) {}

  async changePassword(auth: AuthContext, dto: ChangePasswordDto, origin: RequestOrigin): Promise<void> {
    const confirming = { field: 'currentPassword', action: 'auth.password_change' } as const;
    const user = await this.confirmation.confirmCaller(auth, dto.currentPassword, confirming, origin);
    this.replacement.assertAcceptable(user, dto.newPassword);
    await this.replacement.replace(user, dto.newPassword, 'password_changed', auth.sessionId);
    await this.audit.record(
      accountChanged({ id: auth.userId, role: auth.role }, 'auth.password_change', origin),
    );
    this.emails.inBackground((emails) => emails.sendPasswordChanged(user));
  }
}
