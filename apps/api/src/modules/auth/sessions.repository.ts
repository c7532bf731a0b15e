import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';

import type { Role } from '@healthsync/contracts/auth';

import type { RequestOrigin } from '../../common/auth/auth-context';
import {
  OneTimeTokenEntity,
  RecoveryCodeEntity,
  RefreshTokenEntity,
  SessionEntity,
  type OneTimeTokenPurpose,
} from './auth.entities';

export interface RefreshTokenLookup {
  token: RefreshTokenEntity;
  session: SessionEntity;
}

/** Sessions, refresh tokens, single-use tokens and recovery codes: the only place that knows their tables. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  createSession(
    userId: string,
    deviceId: string | null,
    origin: RequestOrigin,
    expiresAt: Date,
    refreshTokenHash: string,
  ): Promise<SessionEntity> {
    return this.db.transaction(async (tx) => {
      const session = await tx.getRepository(SessionEntity).save({
        userId,
        deviceId,
        expiresAt,
        lastUsedAt: new Date(),
        ip: origin.ip,
        userAgent: origin.userAgent,
      });
      await tx
        .getRepository(RefreshTokenEntity)
        .save({ sessionId: session.id, tokenHash: refreshTokenHash, expiresAt });
      return session;
    });
  }

  /** Runs `work` in a transaction holding row locks on the refresh token and its session. */
  withLockedRefreshToken<T>(
    tokenHash: string,
    work: (found: RefreshTokenLookup | null, tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      const token = await tx
        .getRepository(RefreshTokenEntity)
        .findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      const session = token
        ? await tx
            .getRepository(SessionEntity)
            .findOne({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } })
        : null;
      return work(token && session ? { token, session } : null, tx);
    });
  }

  async rotate(tx: EntityManager, lookup: RefreshTokenLookup, nextTokenHash: string): Promise<void> {
    const now = new Date();
    await tx.getRepository(RefreshTokenEntity).update({ id: lookup.token.id }, { rotatedAt: now });
    await tx
      .getRepository(RefreshTokenEntity)
      .save({ sessionId: lookup.session.id, tokenHash: nextTokenHash, expiresAt: lookup.session.expiresAt });
    await tx.getRepository(SessionEntity).update({ id: lookup.session.id }, { lastUsedAt: now });
  }

  async revokeSession(sessionId: string, reason: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: reason });
  }

  /** Revokes every open session of a user; returns their ids (to drop them from the cache). */
  async revokeAllSessions(userId: string, reason: string, exceptSessionId?: string): Promise<string[]> {
    const rows = (await this.db.query(
      `UPDATE sessions SET revoked_at = now(), revoke_reason = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid) RETURNING id`,
      [userId, reason, exceptSessionId ?? null],
    )) as [Array<{ id: string }>, number];
    return rows[0].map((row) => row.id);
  }

  async isSessionActive(sessionId: string, userId: string): Promise<boolean> {
    return (await this.activeSessionRole(sessionId, userId)) !== null;
  }

  /** The user's role now, if the session is open and unexpired and the user active; else null. */
  async activeSessionRole(sessionId: string, userId: string): Promise<Role | null> {
    const rows = (await this.db.query(
      `SELECT u.role FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'active'`,
      [sessionId, userId],
    )) as Array<{ role: Role }>;
    return rows[0]?.role ?? null;
  }

  async deviceOfSession(sessionId: string): Promise<string | null> {
    const session = await this.db.getRepository(SessionEntity).findOneBy({ id: sessionId });
    return session?.deviceId ?? null;
  }

  /** Marks a sign-in challenge used; true only for the first use (the primary key decides a race). */
  async consumeChallenge(challengeId: string, userId: string, expiresAt: Date): Promise<boolean> {
    const rows = (await this.db.query(
      `INSERT INTO consumed_sign_in_challenges (jti, user_id, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (jti) DO NOTHING RETURNING jti`,
      [challengeId, userId, expiresAt],
    )) as unknown[];
    return rows.length === 1;
  }

  async createOneTimeToken(
    userId: string,
    purpose: OneTimeTokenPurpose,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<void> {
    await this.db.getRepository(OneTimeTokenEntity).save({ userId, purpose, tokenHash, expiresAt });
  }

  /** The user of a single-use token that is valid now, without using it up. */
  async findOneTimeTokenUser(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<string | null> {
    const rows = (await this.db.query(
      `SELECT user_id FROM one_time_tokens WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now()`,
      [tokenHash, purposes],
    )) as Array<{ user_id: string }>;
    return rows[0]?.user_id ?? null;
  }

  /** Marks a single-use token used if it is valid now; returns its user, or null. Two racing uses: one wins. */
  async consumeOneTimeToken(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<string | null> {
    const rows = (await this.db.query(
      `UPDATE one_time_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [tokenHash, purposes],
    )) as [Array<{ user_id: string }>, number];
    return rows[0][0]?.user_id ?? null;
  }

  /** Uses up every open single-use token of these purposes: an older link must not outlive a newer change. */
  async revokeOneTimeTokens(userId: string, purposes: OneTimeTokenPurpose[]): Promise<void> {
    await this.db.query(
      `UPDATE one_time_tokens SET used_at = now() WHERE user_id = $1 AND purpose = ANY($2) AND used_at IS NULL`,
      [userId, purposes],
    );
  }

  async replaceRecoveryCodes(userId: string, codeHashes: string[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.getRepository(RecoveryCodeEntity).delete({ userId });
      await tx.getRepository(RecoveryCodeEntity).save(codeHashes.map((codeHash) => ({ userId, codeHash })));
    });
  }

  async consumeRecoveryCode(userId: string, codeHash: string): Promise<boolean> {
    const rows = (await this.db.query(
      `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
      [userId, codeHash],
    )) as [unknown[], number];
    return rows[0].length === 1;
  }

  async deleteRecoveryCodes(userId: string): Promise<void> {
    await this.db.getRepository(RecoveryCodeEntity).delete({ userId });
  }
}
