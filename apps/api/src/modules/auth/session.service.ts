import { Injectable } from '@nestjs/common';

import { AccountStatus, type Role, type TokenPair } from '@healthsync/contracts/auth';

import { AppCache } from '../../cache/app-cache';
import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { randomToken, tokenHash } from '../../common/crypto/secret-box';
import { AccountsRepository } from '../accounts/accounts.repository';
import { SessionEndSignal } from './session-end-signal';
import { SessionsRepository } from './sessions.repository';
import { TokenService } from './token.service';

const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** How long "this session is active" is remembered; a revocation deletes the entry at once. */
const SESSION_CHECK_TTL_SECONDS = 30;

const sessionKey = (sessionId: string) => `session:active:${sessionId}`;

/**
 * Sessions and their tokens: a 15-minute access token, and an opaque 7-day refresh token stored only
 * as a hash (rotated by `SessionRefreshService`). Whatever ends a session ends it here, so the cached
 * "active" answer and the connections opened under it go at once.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly accounts: AccountsRepository,
    private readonly tokens: TokenService,
    private readonly cache: AppCache,
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
    const session = await this.sessions.createSession({
      userId,
      deviceId,
      origin,
      expiresAt,
      refreshTokenHash: tokenHash(refreshToken),
    });
    return this.issueTokens(userId, role, session.id, refreshToken, expiresAt);
  }

  async revoke(auth: AuthContext, reason: string): Promise<void> {
    await this.sessions.revokeSession(auth.sessionId, reason);
    await this.forget(auth.userId, [auth.sessionId], false);
  }

  async revokeAll(userId: string, reason: string, exceptSessionId?: string): Promise<void> {
    const revoked = await this.sessions.revokeAllSessions(userId, reason, exceptSessionId);
    await this.forget(userId, revoked, exceptSessionId === undefined);
  }

  /** Checked on every authenticated request: the session is open and its user active. */
  async isActive(auth: AuthContext): Promise<boolean> {
    const cached = await this.cache.get<boolean>(sessionKey(auth.sessionId));
    if (cached === true) return true;
    const active = (await this.currentRole(auth)) !== null;
    if (active) await this.cache.set(sessionKey(auth.sessionId), true, SESSION_CHECK_TTL_SECONDS);
    return active;
  }

  /**
   * The user's current role if the session is open and the user active, read from the database
   * (not the cache), for long-lived connections that must not trust the role in their token.
   */
  async currentRole(auth: AuthContext): Promise<Role | null> {
    if (!(await this.sessions.isSessionOpen(auth.sessionId, auth.userId))) return null;
    const user = await this.accounts.findById(auth.userId);
    return user?.status === AccountStatus.Active ? user.role : null;
  }

  /** An access token for the session, beside its refresh token. */
  issueTokens(
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

  /** After sessions were revoked: forgets their cached "active" answer and closes what was connected under them. */
  async forget(userId: string, sessionIds: string[], everySession: boolean): Promise<void> {
    if (sessionIds.length > 0) await this.cache.delete(...sessionIds.map(sessionKey));
    this.endSignal.ended({ userId, sessionIds, everySession });
  }
}
