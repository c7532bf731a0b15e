import { Injectable } from '@nestjs/common';

import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { accountChanged } from './auth-audit';
import { SessionService } from './session.service';

/** Signing out this session, or every session of the account. */
@Injectable()
export class SignOutService {
  constructor(
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async logout(auth: AuthContext, origin: RequestOrigin, everywhere: boolean): Promise<void> {
    if (everywhere) await this.sessions.revokeAll(auth.userId, 'logout_all');
    else await this.sessions.revoke(auth, 'logout');
    const user = { id: auth.userId, role: auth.role };
    await this.audit.record(accountChanged(user, everywhere ? 'auth.logout_all' : 'auth.logout', origin));
  }
}
