import { Injectable } from '@nestjs/common';

import { AuditOutcome } from '@healthsync/contracts/audit';
import { AuthErrorCode, type Role, type TokenPair } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import { AppCache } from '../../cache/app-cache';
import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { randomToken, tokenHash } from '../../common/crypto/secret-box';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import { SessionEndSignal } from './session-end-signal';
import { SessionsRepository } from './sessions.repository';
import { TokenService } from './token.service';

const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** How long "this session is active" is remembered; a revocation deletes the entry at once. */
const SESSION_CHECK_TTL_SECONDS = 30;

const sessionKey = (sessionId: string) => `session:active:${sessionId}`;

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
 * Sessions and their tokens: a 15-minute access token, and an opaque 7-day refresh token stored only
 * as a hash and rotated on every use. Presenting a rotated one again revokes the whole session.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly accounts: AccountsRepository,
    private readonly tokens: TokenService,
    private readonly cache: AppCache,
    private readonly audit: AuditService,
    private readonly endSignal: SessionEndSignal,
  ) {}

  async start(
    userId: string,
    role: Role,
    origin: RequestOrigin,
    deviceId: string | null = null,
  ): Promise<TokenPair> {
    const refreshToken = randomToken();
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    const session = await this.sessions.createSession(
      userId,
      deviceId,
      origin,
      expiresAt,
      tokenHash(refreshToken),
    );
    return this.tokenPair(userId, role, session.id, refreshToken, expiresAt);
  }

  async refresh(refreshToken: string, origin: RequestOrigin): Promise<TokenPair> {
    const outcome = await this.sessions.withLockedRefreshToken(
      tokenHash(refreshToken),
      async (found, tx): Promise<RefreshOutcome> => {
        if (!found) return { kind: 'invalid' };
        const { token, session } = found;
        if (token.rotatedAt) {
          await this.sessions.revokeSession(session.id, 'refresh_token_reuse', tx);
          return { kind: 'reused', userId: session.userId, sessionId: session.id };
        }
        const user = await this.accounts.findById(session.userId, tx);
        const expired =
          session.revokedAt !== null || session.expiresAt <= new Date() || token.expiresAt <= new Date();
        if (expired || !user || user.status !== 'active') return { kind: 'invalid' };
        const next = randomToken();
        await this.sessions.rotate(tx, found, tokenHash(next));
        return {
          kind: 'rotated',
          tokens: this.tokenPair(user.id, user.role, session.id, next, session.expiresAt),
        };
      },
    );
    if (outcome.kind === 'rotated') return outcome.tokens;
    if (outcome.kind === 'reused') {
      await this.ended(outcome.userId, [outcome.sessionId], false);
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

  async revoke(auth: AuthContext, reason: string): Promise<void> {
    await this.sessions.revokeSession(auth.sessionId, reason);
    await this.ended(auth.userId, [auth.sessionId], false);
  }

  async revokeAll(userId: string, reason: string, exceptSessionId?: string): Promise<void> {
    const revoked = await this.sessions.revokeAllSessions(userId, reason, exceptSessionId);
    await this.ended(userId, revoked, exceptSessionId === undefined);
  }

  /** Checked on every authenticated request: the session is open and its user active. */
  async isActive(auth: AuthContext): Promise<boolean> {
    const cached = await this.cache.get<boolean>(sessionKey(auth.sessionId));
    if (cached === true) return true;
    const active = await this.sessions.isSessionActive(auth.sessionId, auth.userId);
    if (active) await this.cache.set(sessionKey(auth.sessionId), true, SESSION_CHECK_TTL_SECONDS);
    return active;
  }

  /**
   * The user's current role if the session is open and the user active, read from the database
   * (not the cache), for long-lived connections that must not trust the role in their token.
   */
  currentRole(auth: AuthContext): Promise<Role | null> {
    return this.sessions.activeSessionRole(auth.sessionId, auth.userId);
  }

  /** Forgets the sessions' cached "active" answer and closes what was connected under them. */
  private async ended(userId: string, sessionIds: string[], everySession: boolean): Promise<void> {
    if (sessionIds.length > 0) await this.cache.delete(...sessionIds.map(sessionKey));
    this.endSignal.ended({ userId, sessionIds, everySession });
  }

  private tokenPair(
    userId: string,
    role: Role,
    sessionId: string,
    refreshToken: string,
    refreshExpiresAt: Date,
  ): TokenPair {
    const access = this.tokens.issueAccessToken(userId, role, sessionId);
    return {
      tokenType: 'Bearer',
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken,
      refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
    };
  }
}
