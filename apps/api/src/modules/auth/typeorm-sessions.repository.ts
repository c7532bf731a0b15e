import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { IsNull, type EntityManager } from 'typeorm';

import { managerOf } from '../../database/typeorm-unit-of-work';
import type { Transaction } from '../../database/unit-of-work';
import { RefreshTokenEntity, SessionEntity } from './auth.entities';
import {
  SessionsRepository,
  type LockedRefreshToken,
  type NewSession,
  type SessionRecord,
} from './sessions.repository';

@Injectable()
export class TypeOrmSessionsRepository extends SessionsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): SessionsRepository {
    return new TypeOrmSessionsRepository(managerOf(tx));
  }

  createSession({
    userId,
    deviceId,
    origin,
    expiresAt,
    refreshTokenHash,
  }: NewSession): Promise<SessionRecord> {
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

  async lockRefreshToken(tokenHash: string): Promise<LockedRefreshToken | null> {
    const token = await this.db
      .getRepository(RefreshTokenEntity)
      .findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
    const session = token
      ? await this.db
          .getRepository(SessionEntity)
          .findOne({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } })
      : null;
    return token && session ? { token, session } : null;
  }

  async rotate({ token, session }: LockedRefreshToken, nextTokenHash: string): Promise<void> {
    const now = new Date();
    const tokens = this.db.getRepository(RefreshTokenEntity);
    await tokens.update({ id: token.id }, { rotatedAt: now });
    await tokens.save({ sessionId: session.id, tokenHash: nextTokenHash, expiresAt: session.expiresAt });
    await this.db.getRepository(SessionEntity).update({ id: session.id }, { lastUsedAt: now });
  }

  async revokeSession(sessionId: string, reason: string): Promise<void> {
    await this.db
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: reason });
  }

  async revokeAllSessions(userId: string, reason: string, exceptSessionId?: string): Promise<string[]> {
    const rows = (await this.db.query(
      `UPDATE sessions SET revoked_at = now(), revoke_reason = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid) RETURNING id`,
      [userId, reason, exceptSessionId ?? null],
    )) as [Array<{ id: string }>, number];
    return rows[0].map((row) => row.id);
  }

  async isSessionOpen(sessionId: string, userId: string): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [sessionId, userId],
    )) as unknown[];
    return rows.length === 1;
  }

  async deviceOfSession(sessionId: string): Promise<string | null> {
    const session = await this.db.getRepository(SessionEntity).findOneBy({ id: sessionId });
    return session?.deviceId ?? null;
  }

  async consumeChallenge(challengeId: string, userId: string, expiresAt: Date): Promise<boolean> {
    const rows = (await this.db.query(
      `INSERT INTO consumed_sign_in_challenges (jti, user_id, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (jti) DO NOTHING RETURNING jti`,
      [challengeId, userId, expiresAt],
    )) as unknown[];
    return rows.length === 1;
  }
}
