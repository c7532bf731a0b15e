import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import {
  PushSubscriptionsRepository,
  type PushSubscriptionInput,
  type StoredPushSubscription,
} from './push-subscriptions.repository';

interface SubscriptionRow {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

function toSubscription(row: SubscriptionRow): StoredPushSubscription {
  return {
    id: row.id,
    userId: row.user_id,
    endpoint: row.endpoint,
    keys: { p256dh: row.p256dh, auth: row.auth },
  };
}

/** Endpoints must be https (a CHECK in the table) and keep their owner (a trigger). */
@Injectable()
export class TypeOrmPushSubscriptionsRepository extends PushSubscriptionsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  async list(userId: string): Promise<StoredPushSubscription[]> {
    const rows: SubscriptionRow[] = await this.db.query(
      `SELECT id, user_id, endpoint, p256dh, auth FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    return rows.map(toSubscription);
  }

  async add(userId: string, subscription: PushSubscriptionInput): Promise<'saved' | 'taken'> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)
       ON CONFLICT (endpoint) DO UPDATE SET p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth
       WHERE push_subscriptions.user_id = EXCLUDED.user_id
       RETURNING id`,
      [userId, subscription.endpoint, subscription.keys.p256dh, subscription.keys.auth],
    );
    return rows.length === 1 ? 'saved' : 'taken';
  }

  async remove(endpoint: string): Promise<void> {
    await this.deleteWhere(`endpoint = $1`, [endpoint]);
  }

  async removeForUser(userId: string, endpoint: string): Promise<boolean> {
    return (await this.deleteWhere(`user_id = $1 AND endpoint = $2`, [userId, endpoint])) > 0;
  }

  // Wrapped in a SELECT so the driver returns rows (a bare DELETE comes back as [rows, count]).
  private async deleteWhere(condition: string, parameters: string[]): Promise<number> {
    const [row]: Array<{ count: number }> = await this.db.query(
      `WITH deleted AS (DELETE FROM push_subscriptions WHERE ${condition} RETURNING 1) SELECT count(*)::int AS count FROM deleted`,
      parameters,
    );
    return row?.count ?? 0;
  }
}
