import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { KnownDeviceEntity } from './auth.entities';
import { KnownDevicesRepository } from './known-devices.repository';

@Injectable()
export class TypeOrmKnownDevicesRepository extends KnownDevicesRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  async add(userId: string): Promise<string> {
    const saved = await this.db
      .getRepository(KnownDeviceEntity)
      .save({ userId, lastSignInAt: new Date(), failedCount: 0 });
    return saved.id;
  }

  async isTrusted(deviceId: string, userId: string, maxFailures: number): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM known_devices WHERE id = $1 AND user_id = $2 AND failed_count < $3`,
      [deviceId, userId, maxFailures],
    )) as unknown[];
    return rows.length === 1;
  }

  async recordFailure(deviceId: string): Promise<void> {
    await this.db.query(`UPDATE known_devices SET failed_count = failed_count + 1 WHERE id = $1`, [deviceId]);
  }

  async recordSuccess(deviceId: string): Promise<void> {
    await this.db
      .getRepository(KnownDeviceEntity)
      .update({ id: deviceId }, { failedCount: 0, lastSignInAt: new Date() });
  }
}
