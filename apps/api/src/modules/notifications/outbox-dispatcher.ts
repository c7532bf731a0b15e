import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';

import { LOGGER } from '../../common/logging/logger.token';
import {
  NOTIFICATION_LISTENERS,
  type NotificationDraft,
  type NotificationListener,
  type OutboxEventRow,
} from './notification-listener';
import { NotificationPreferencesService } from './notification-preferences';

/**
 * Turns committed outbox events into notifications and their pending deliveries, in one transaction
 * per batch. Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of API instances can run it
 * side by side and each event is handled once; a crash before commit leaves the event for the next run.
 */
@Injectable()
export class OutboxDispatcher {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(NOTIFICATION_LISTENERS) private readonly listeners: NotificationListener[],
    private readonly preferences: NotificationPreferencesService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Handles up to `limit` events; returns how many. */
  dispatch(limit = 100): Promise<number> {
    return this.db.transaction(async (tx) => {
      const events = (await tx.query(
        `SELECT id, event_type, aggregate_type, aggregate_id, payload, occurred_at FROM outbox_events
         WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      )) as OutboxEventRow[];
      for (const event of events) await this.handle(tx, event);
      if (events.length > 0) {
        await tx.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1)`, [
          events.map((event) => event.id),
        ]);
      }
      return events.length;
    });
  }

  private async handle(tx: EntityManager, event: OutboxEventRow): Promise<void> {
    for (const listener of this.listeners.filter((candidate) => candidate.handles(event.event_type))) {
      for (const draft of await listener.notificationsFor(event, tx)) await this.store(tx, event, draft);
    }
  }

  /** The notification, and a pending delivery on each channel the recipient's preferences allow. */
  private async store(tx: EntityManager, event: OutboxEventRow, draft: NotificationDraft): Promise<void> {
    const [created] = (await tx.query(
      `INSERT INTO notifications (user_id, event_id, category, type, title, body, link, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) ON CONFLICT (event_id, user_id, type) DO NOTHING RETURNING id`,
      [
        draft.userId,
        event.id,
        draft.category,
        draft.type,
        draft.title,
        draft.body,
        draft.link,
        JSON.stringify(draft.data ?? {}),
      ],
    )) as Array<{ id: string }>;
    if (!created) return;
    const preferences = await this.preferences.get(draft.userId, tx);
    const now = new Date();
    for (const channel of this.preferences.channelsFor(preferences, draft.category)) {
      const notBefore = this.preferences.notBefore(preferences, draft.category, channel, now);
      await tx.query(
        `INSERT INTO notification_deliveries (notification_id, channel, next_attempt_at) VALUES ($1, $2, $3)
         ON CONFLICT (notification_id, channel) DO NOTHING`,
        [created.id, channel, notBefore],
      );
    }
    this.logger.debug({ notificationId: created.id, type: draft.type }, 'notification queued');
  }
}
