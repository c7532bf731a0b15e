import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import type { Page } from '@healthsync/contracts/common';
import type { NotificationChannelName } from '@healthsync/domain/notifications';

import { optionalDate, pageOfRows } from '../../../database/rows';
import { managerOf } from '../../../database/typeorm-unit-of-work';
import type { Transaction } from '../../../database/unit-of-work';
import {
  DeliveriesRepository,
  type ClaimedDelivery,
  type DeliveryFilter,
  type DeliveryRecord,
} from './deliveries.repository';

interface LedgerRow {
  id: string;
  notification_id: string;
  user_id: string;
  type: string;
  channel: DeliveryRecord['channel'];
  status: DeliveryRecord['status'];
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date;
}

function toDeliveryRecord(row: LedgerRow): DeliveryRecord {
  return {
    id: row.id,
    notificationId: row.notification_id,
    userId: row.user_id,
    type: row.type,
    channel: row.channel,
    status: row.status,
    attempts: Number(row.attempts),
    lastError: row.last_error ?? null,
    nextAttemptAt: optionalDate(row.next_attempt_at),
    deliveredAt: optionalDate(row.delivered_at),
    createdAt: new Date(row.created_at),
  };
}

@Injectable()
export class TypeOrmDeliveriesRepository extends DeliveriesRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): DeliveriesRepository {
    return new TypeOrmDeliveriesRepository(managerOf(tx));
  }

  async queue(notificationId: string, channel: NotificationChannelName, notBefore: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_deliveries (notification_id, channel, next_attempt_at) VALUES ($1, $2, $3)
       ON CONFLICT (notification_id, channel) DO NOTHING`,
      [notificationId, channel, notBefore],
    );
  }

  async claimDue(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    return (await this.db.query(
      `WITH due AS (
         SELECT id FROM notification_deliveries
         WHERE (status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until < now())
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED),
       leased AS (
         UPDATE notification_deliveries d SET status = 'sending', attempts = d.attempts + 1,
           lease_until = now() + make_interval(secs => $2)
         FROM due WHERE d.id = due.id RETURNING d.*)
       SELECT leased.id, leased.notification_id AS "notificationId", leased.channel, leased.attempts,
              n.user_id AS "userId", n.category, n.type, n.title, n.body, n.link, np.phone AS "preferredPhone"
       FROM leased JOIN notifications n ON n.id = leased.notification_id
       LEFT JOIN notification_preferences np ON np.user_id = n.user_id`,
      [limit, leaseSeconds],
    )) as ClaimedDelivery[];
  }

  async markDelivered(deliveryId: string): Promise<void> {
    await this.db.query(
      `UPDATE notification_deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL WHERE id = $1`,
      [deliveryId],
    );
  }

  async scheduleRetry(deliveryId: string, lastError: string, retryAt: Date): Promise<void> {
    await this.db.query(
      `UPDATE notification_deliveries SET status = 'pending', last_error = $2, next_attempt_at = $3 WHERE id = $1`,
      [deliveryId, lastError, retryAt],
    );
  }

  async markFailed(deliveryId: string, lastError: string): Promise<void> {
    await this.db.query(
      `UPDATE notification_deliveries SET status = 'failed', last_error = $2 WHERE id = $1`,
      [deliveryId, lastError],
    );
  }

  async list({ status, channel, page, limit }: DeliveryFilter): Promise<Page<DeliveryRecord>> {
    const rows = (await this.db.query(
      `SELECT d.id, d.notification_id, n.user_id, n.type, d.channel, d.status, d.attempts, d.last_error, d.next_attempt_at,
              d.delivered_at, d.created_at, count(*) OVER () AS total
       FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE ($1::text IS NULL OR d.status = $1) AND ($2::text IS NULL OR d.channel = $2)
       ORDER BY d.created_at DESC, d.id LIMIT $3 OFFSET $4`,
      [status ?? null, channel ?? null, limit, (page - 1) * limit],
    )) as Array<LedgerRow & { total: string }>;
    return pageOfRows(rows, { page, limit }, toDeliveryRecord);
  }

  async retryFailed(deliveryId: string): Promise<boolean> {
    const [updated] = (await this.db.query(
      `UPDATE notification_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), lease_until = NULL
       WHERE id = $1 AND status = 'failed' RETURNING id`,
      [deliveryId],
    )) as [unknown[], number];
    return updated.length > 0;
  }
}
