import { Injectable } from '@nestjs/common';

import { AuditOutcome } from '@healthsync/contracts/audit';
import { AccountStatus, AuthErrorCode, type TokenPair } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import type { RequestOrigin } from '../../common/auth/auth-context';
import { randomToken, tokenHash } from '../../common/crypto/secret-box';
import { UnitOfWork, type Transaction } from '../../database/unit-of-work';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import { SessionService } from './session.service';
import { SessionsRepository } from './sessions.repository';

export class InvalidRefreshToken extends DomainError<AuthErrorCode.InvalidToken> {
  constructor() {
    super(
      'unauthenticated',
      AuthErrorCode.InvalidToken,
      'The refresh token is invalid or expired; sign in again.',
    );
  }
}

export class RefreshTokenReused extends DomainError<AuthErrorCode.RefreshTokenReused> {
  constructor() {
    super(
      'unauthenticated',
      AuthErrorCode.RefreshTokenReused,
      'This refresh token was already used; every session it belongs to has been signed out.',
    );
  }
}

type RefreshOutcome =
  | { kind: 'rotated'; tokens: TokenPair }
  | { kind: 'reused'; userId: string; sessionId: string }
  | { kind: 'invalid' };

/**
 * Exchanges a refresh token for new tokens, rotating it: each works once. Presenting a rotated one
 * again revokes its whole session, since one of the two presenters is not the owner.
 */
@Injectable()
export class SessionRefreshService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionsRepository,
    private readonly accounts: AccountsRepository,
    private readonly sessionService: SessionService,
    private readonly audit: AuditService,
  ) {}

  async refresh(refreshToken: string, origin: RequestOrigin): Promise<TokenPair> {
    const outcome = await this.unitOfWork.run((tx) => this.rotate(tx, tokenHash(refreshToken)));
    if (outcome.kind === 'rotated') return outcome.tokens;
    if (outcome.kind === 'reused') {
      await this.sessionService.forget(outcome.userId, [outcome.sessionId], false);
      const user = await this.accounts.findById(outcome.userId);
      await this.audit.record({
        actor: user ? { userId: user.id, role: user.role } : null,
        action: 'auth.refresh_token_reuse',
        resourceType: 'session',
        resourceId: outcome.sessionId,
        outcome: AuditOutcome.Denied,
        origin,
      });
      throw new RefreshTokenReused();
    }
    throw new InvalidRefreshToken();
  }

  /** Under row locks on the token and its session, so two uses of one token cannot both rotate it. */
  private async rotate(tx: Transaction, hash: string): Promise<RefreshOutcome> {
    const sessions = this.sessions.in(tx);
    const found = await sessions.lockRefreshToken(hash);
    if (!found) return { kind: 'invalid' };
    const { token, session } = found;
    if (token.rotatedAt) {
      await sessions.revokeSession(session.id, 'refresh_token_reuse');
      return { kind: 'reused', userId: session.userId, sessionId: session.id };
    }
    const user = await this.accounts.in(tx).findById(session.userId);
    const now = new Date();
    const expired = session.revokedAt !== null || session.expiresAt <= now || token.expiresAt <= now;
    if (expired || !user || user.status !== AccountStatus.Active) return { kind: 'invalid' };
    const next = randomToken();
    await sessions.rotate(found, tokenHash(next));
    const tokens = this.sessionService.issueTokens(user.id, user.role, session.id, next, session.expiresAt);
    return { kind: 'rotated', tokens };
  }
}
