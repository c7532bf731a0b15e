import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { RecoveryCodeEntity } from './auth.entities';
import { RecoveryCodesRepository } from './recovery-codes.repository';

@Injectable()
export class TypeOrmRecoveryCodesRepository extends RecoveryCodesRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  async replace(userId: string, codeHashes: string[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.getRepository(RecoveryCodeEntity).delete({ userId });
      await tx.getRepository(RecoveryCodeEntity).save(codeHashes.map((codeHash) => ({ userId, codeHash })));
    });
  }

  async consume(userId: string, codeHash: string): Promise<boolean> {
    const rows = (await this.db.query(
      `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
      [userId, codeHash],
    )) as [unknown[], number];
    return rows[0].length === 1;
  }

  async deleteAll(userId: string): Promise<void> {
    await this.db.getRepository(RecoveryCodeEntity).delete({ userId });
  }
}
