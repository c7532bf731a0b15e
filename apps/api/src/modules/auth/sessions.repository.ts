import type { RequestOrigin } from '../../common/auth/auth-context';
import type { Transaction } from '../../database/unit-of-work';

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  /** The known device the session was signed in on (null for one from before devices were kept). */
  deviceId: string | null;
}

export interface RefreshTokenRecord {
  id: string;
  sessionId: string;
  expiresAt: Date;
  rotatedAt: Date | null;
}

/** A refresh token with its session, both locked until the transaction that found them ends. */
export interface LockedRefreshToken {
  token: RefreshTokenRecord;
  session: SessionRecord;
}

export interface NewSession {
  userId: string;
  deviceId: string | null;
  origin: RequestOrigin;
  expiresAt: Date;
  refreshTokenHash: string;
}

/** Sessions, their refresh tokens (stored as hashes) and the sign-in challenges already used. */
export abstract class SessionsRepository {
  /** The same queries inside `tx`: they commit or roll back with it. */
  abstract in(tx: Transaction): SessionsRepository;

  /** Opens a session with its first refresh token, atomically. */
  abstract createSession(session: NewSession): Promise<SessionRecord>;

  /** The refresh token of this hash and its session, row-locked: call it on a handle bound to a transaction. */
  abstract lockRefreshToken(tokenHash: string): Promise<LockedRefreshToken | null>;
  /** Marks the token rotated and stores its successor for the rest of the session's life. */
  abstract rotate(locked: LockedRefreshToken, nextTokenHash: string): Promise<void>;

  abstract revokeSession(sessionId: string, reason: string): Promise<void>;
  /** Revokes every open session of a user (but one, if given); answers their ids. */
  abstract revokeAllSessions(userId: string, reason: string, exceptSessionId?: string): Promise<string[]>;

  /** True if the session is the user's, not revoked and not expired. */
  abstract isSessionOpen(sessionId: string, userId: string): Promise<boolean>;
  abstract deviceOfSession(sessionId: string): Promise<string | null>;

  /** Marks a sign-in challenge used; true only for the first use (two racing uses: one wins). */
  abstract consumeChallenge(challengeId: string, userId: string, expiresAt: Date): Promise<boolean>;
}
