import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { managerOf } from '../../database/typeorm-unit-of-work';
import type { Transaction } from '../../database/unit-of-work';
import { OneTimeTokenEntity } from './auth.entities';
import { OneTimeTokensRepository, type OneTimeTokenPurpose } from './one-time-tokens.repository';

@Injectable()
export class TypeOrmOneTimeTokensRepository extends OneTimeTokensRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): OneTimeTokensRepository {
    return new TypeOrmOneTimeTokensRepository(managerOf(tx));
  }

  async create(
    userId: string,
    purpose: OneTimeTokenPurpose,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<void> {
    await this.db.getRepository(OneTimeTokenEntity).save({ userId, purpose, tokenHash, expiresAt });
  }

  async findUser(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<string | null> {
    const rows = (await this.db.query(
      `SELECT user_id FROM one_time_tokens WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now()`,
      [tokenHash, purposes],
    )) as Array<{ user_id: string }>;
    return rows[0]?.user_id ?? null;
  }

  async consume(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<string | null> {
    const rows = (await this.db.query(
      `UPDATE one_time_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [tokenHash, purposes],
    )) as [Array<{ user_id: string }>, number];
    return rows[0][0]?.user_id ?? null;
  }

  async revokeAll(userId: string, purposes: OneTimeTokenPurpose[]): Promise<void> {
    await this.db.query(
      `UPDATE one_time_tokens SET used_at = now() WHERE user_id = $1 AND purpose = ANY($2) AND used_at IS NULL`,
      [userId, purposes],
    );
  }
}
