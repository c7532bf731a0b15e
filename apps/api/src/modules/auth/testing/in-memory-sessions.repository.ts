import { randomUUID } from 'node:crypto';

import type { Transaction } from '../../../database/unit-of-work';
import {
  SessionsRepository,
  type LockedRefreshToken,
  type NewSession,
  type RefreshTokenRecord,
  type SessionRecord,
} from '../sessions.repository';

type StoredSession = SessionRecord & { revokeReason: string | null };

/** Sessions in memory; a transaction is ignored (and so are row locks). */
export class InMemorySessionsRepository extends SessionsRepository {
  readonly sessions = new Map<string, StoredSession>();
  /** By token hash. */
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  readonly usedChallenges = new Set<string>();

  in(_tx: Transaction): SessionsRepository {
    return this;
  }

  async createSession({ userId, deviceId, expiresAt, refreshTokenHash }: NewSession): Promise<SessionRecord> {
    const session: StoredSession = {
      id: randomUUID(),
      userId,
      deviceId,
      expiresAt,
      revokedAt: null,
      revokeReason: null,
    };
    this.sessions.set(session.id, session);
    this.refreshTokens.set(refreshTokenHash, {
      id: randomUUID(),
      sessionId: session.id,
      expiresAt,
      rotatedAt: null,
    });
    return session;
  }

  async lockRefreshToken(tokenHash: string): Promise<LockedRefreshToken | null> {
    const token = this.refreshTokens.get(tokenHash);
    const session = token ? this.sessions.get(token.sessionId) : undefined;
    return token && session ? { token: { ...token }, session: { ...session } } : null;
  }

  async rotate({ token, session }: LockedRefreshToken, nextTokenHash: string): Promise<void> {
    for (const stored of this.refreshTokens.values())
      if (stored.id === token.id) stored.rotatedAt = new Date();
    this.refreshTokens.set(nextTokenHash, {
      id: randomUUID(),
      sessionId: session.id,
      expiresAt: session.expiresAt,
      rotatedAt: null,
    });
  }

  async revokeSession(sessionId: string, reason: string): Promise<void> {
    const session = this.sessions.get(sessionId);
    if (session && !session.revokedAt)
      Object.assign(session, { revokedAt: new Date(), revokeReason: reason });
  }

  async revokeAllSessions(userId: string, reason: string, exceptSessionId?: string): Promise<string[]> {
    const open = [...this.sessions.values()].filter(
      (session) => session.userId === userId && !session.revokedAt && session.id !== exceptSessionId,
    );
    for (const session of open) Object.assign(session, { revokedAt: new Date(), revokeReason: reason });
    return open.map((session) => session.id);
  }

  async isSessionOpen(sessionId: string, userId: string): Promise<boolean> {
    const session = this.sessions.get(sessionId);
    return !!session && session.userId === userId && !session.revokedAt && session.expiresAt > new Date();
  }

  async deviceOfSession(sessionId: string): Promise<string | null> {
    return this.sessions.get(sessionId)?.deviceId ?? null;
  }

  async consumeChallenge(challengeId: string): Promise<boolean> {
    if (this.usedChallenges.has(challengeId)) return false;
    this.usedChallenges.add(challengeId);
    return true;
  }

  /** The sessions of a user still open. */
  openSessionsOf(userId: string): StoredSession[] {
    return [...this.sessions.values()].filter((session) => session.userId === userId && !session.revokedAt);
  }
}
