import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A browser's Web Push subscription as the Push API gives it (`PushSubscription.toJSON()`). */
export interface PushSubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface StoredPushSubscription extends PushSubscriptionInput {
  id: string;
  userId: string;
}

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

/** Users' Web Push subscriptions. Endpoints must be https (a CHECK in the table) and keep their owner. */
@Injectable()
export class PushSubscriptionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(userId: string): Promise<StoredPushSubscription[]> {
    const rows: SubscriptionRow[] = await this.db.query(
      `SELECT id, user_id, endpoint, p256dh, auth FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    return rows.map(toSubscription);
  }

  /**
   * Saves a subscription, or renews the keys of the user's own one. An endpoint another user
   * registered stays theirs (`taken`): the owner never changes (a trigger refuses it, too).
   */
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

  /** Forgets an endpoint the push service reported gone. */
  async remove(endpoint: string): Promise<void> {
    await this.deleteWhere(`endpoint = $1`, [endpoint]);
  }

  /** A user unsubscribing one of their own browsers; false if they had no such subscription. */
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
