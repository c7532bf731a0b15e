import { Injectable } from '@nestjs/common';

import type { LoginResult } from '@healthsync/contracts/auth';

import type { RequestOrigin } from '../../common/auth/auth-context';
import type { UserRecord } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import { accountChanged } from './auth-audit';
import { InvalidCredentials } from './auth-errors';
import { SessionService } from './session.service';
import { SessionsRepository } from './sessions.repository';
import { SignInProtection, type SignInFailure } from './sign-in-protection';
import {
  InvalidChallenge,
  TokenService,
  type ChallengePurpose,
  type VerifiedChallenge,
} from './token.service';

/** How the user proved who they are, on the audit trail. */
export type SignInMethod = 'password' | 'totp' | 'recovery_code';

/**
 * The steps every way of signing in shares: refusing (counted and audited, with one answer for every
 * failure), asking for a second step with a challenge that works once, and opening the session.
 */
@Injectable()
export class SignInSteps {
  constructor(
    private readonly protection: SignInProtection,
    private readonly sessions: SessionService,
    private readonly sessionsRepository: SessionsRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  async refuse(
    user: UserRecord | null,
    reason: SignInFailure,
    deviceId: string | null,
    origin: RequestOrigin,
  ): Promise<never> {
    const detail = { device: deviceId ? 'known' : 'unknown' };
    await this.protection.refused({ user, action: 'auth.login', reason, deviceId, detail }, origin);
    throw new InvalidCredentials();
  }

  challenge(user: UserRecord, purpose: ChallengePurpose, deviceId: string | null): LoginResult {
    const { token, expiresAt } = this.tokens.issueChallenge(user.id, purpose, deviceId);
    return {
      status: purpose === 'totp' ? 'totp_required' : 'totp_enrolment_required',
      challengeToken: token,
      challengeExpiresAt: expiresAt.toISOString(),
    };
  }

  verifyChallenge(token: string, purpose: ChallengePurpose): VerifiedChallenge {
    return this.tokens.verifyChallenge(token, purpose);
  }

  /** A challenge signs in once: a second use (even concurrent, even with another valid code) is refused. */
  async useChallenge({ challengeId, userId, expiresAt }: VerifiedChallenge): Promise<void> {
    if (!(await this.sessionsRepository.consumeChallenge(challengeId, userId, expiresAt)))
      throw new InvalidChallenge();
  }

  /** Opens the session, remembering the device (a new one if it was unknown), and audits how. */
  async complete(
    user: UserRecord,
    origin: RequestOrigin,
    method: SignInMethod,
    knownDeviceId: string | null,
  ): Promise<LoginResult> {
    const { deviceId, deviceToken } = await this.protection.recordSuccess(user, knownDeviceId);
    const tokens = await this.sessions.start(user.id, user.role, origin, deviceId);
    await this.audit.record(
      accountChanged(user, 'auth.login', origin, { method, device: knownDeviceId ? 'known' : 'new' }),
    );
    return { status: 'authenticated', tokens, deviceToken };
  }
}
