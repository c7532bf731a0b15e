import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { KnownDeviceEntity } from './auth.entities';

/** The devices users signed in from: the only place that knows their table. */
@Injectable()
export class KnownDevicesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async add(userId: string): Promise<string> {
    const saved = await this.db
      .getRepository(KnownDeviceEntity)
      .save({ userId, lastSignInAt: new Date(), failedCount: 0 });
    return saved.id;
  }

  /** True if the device is the user's and has had fewer than `maxFailures` failures since its last success. */
  async isTrusted(deviceId: string, userId: string, maxFailures: number): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM known_devices WHERE id = $1 AND user_id = $2 AND failed_count < $3`,
      [deviceId, userId, maxFailures],
    )) as unknown[];
    return rows.length === 1;
  }

  /** Counts a failure atomically, so concurrent failures all count. */
  async recordFailure(deviceId: string): Promise<void> {
    await this.db.query(`UPDATE known_devices SET failed_count = failed_count + 1 WHERE id = $1`, [deviceId]);
  }

  async recordSuccess(deviceId: string): Promise<void> {
    await this.db
      .getRepository(KnownDeviceEntity)
      .update({ id: deviceId }, { failedCount: 0, lastSignInAt: new Date() });
  }
}
