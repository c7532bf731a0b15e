import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';

import { LOGGER } from '../../common/logging/logger.token';
import { AppConfig } from '../../config/app-config';
import {
  NOTIFICATION_CHANNELS,
  PermanentDeliveryFailure,
  type ChannelName,
  type NotificationChannel,
  type NotificationCategory,
  type OutgoingNotification,
} from './channels/notification-channel';

export const MAX_ATTEMPTS = 5;
const LEASE_SECONDS = 60;
/** push → SMS → email: where a message goes when its channel has failed for good. */
const FALLBACK: Partial<Record<ChannelName, ChannelName>> = { push: 'sms', sms: 'email' };

interface ClaimedDelivery {
  id: string;
  notification_id: string;
  channel: ChannelName;
  attempts: number;
  user_id: string;
  category: NotificationCategory;
  type: string;
  title: string;
  body: string;
  link: string | null;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
}

/** Exponential backoff with jitter: about 2 s, 4 s, 8 s, 16 s… */
export function backoffMs(attempts: number): number {
  return 1000 * 2 ** attempts * (0.75 + Math.random() / 2);
}

/**
 * Delivers due notifications, at least once: a delivery is leased (claimed with SKIP LOCKED) before
 * it is sent, and a lease that lapses (the process died mid-send) makes it due again. Failures retry
 * with backoff; after the last attempt the delivery is failed and the next channel is tried.
 */
@Injectable()
export class DeliveryWorker {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Sends up to `limit` due deliveries; returns how many were attempted. */
  async deliverDue(limit = 50): Promise<number> {
    const claimed = await this.claim(limit);
    await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    return claimed.length;
  }

  private async claim(limit: number): Promise<ClaimedDelivery[]> {
    return (await this.db.query(
      `WITH due AS (
         SELECT id FROM notification_deliveries
         WHERE (status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until < now())
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED),
       leased AS (
         UPDATE notification_deliveries d SET status = 'sending', attempts = d.attempts + 1,
           lease_until = now() + make_interval(secs => $2)
         FROM due WHERE d.id = due.id RETURNING d.*)
       SELECT leased.id, leased.notification_id, leased.channel, leased.attempts, n.user_id, n.category, n.type, n.title, n.body,
              n.link, u.first_name, u.last_name, u.email::text AS email, coalesce(np.phone, p.phone) AS phone
       FROM leased JOIN notifications n ON n.id = leased.notification_id JOIN users u ON u.id = n.user_id
       LEFT JOIN notification_preferences np ON np.user_id = n.user_id LEFT JOIN patients p ON p.user_id = n.user_id`,
      [limit, LEASE_SECONDS],
    )) as ClaimedDelivery[];
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const channel = this.channels.find((candidate) => candidate.name === delivery.channel);
    try {
      if (!channel) throw new PermanentDeliveryFailure(`No ${delivery.channel} channel`);
      await channel.deliver(this.outgoing(delivery));
      await this.db.query(
        `UPDATE notification_deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL WHERE id = $1`,
        [delivery.id],
      );
    } catch (error) {
      await this.failed(delivery, error as Error);
    }
  }

  private async failed(delivery: ClaimedDelivery, error: Error): Promise<void> {
    const final = error instanceof PermanentDeliveryFailure || delivery.attempts >= MAX_ATTEMPTS;
    const message = error.message.slice(0, 500);
    if (!final) {
      await this.db.query(
        `UPDATE notification_deliveries SET status = 'pending', last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
        [delivery.id, message, backoffMs(delivery.attempts) / 1000],
      );
      return;
    }
    await this.db.query(
      `UPDATE notification_deliveries SET status = 'failed', last_error = $2 WHERE id = $1`,
      [delivery.id, message],
    );
    this.logger.warn(
      { deliveryId: delivery.id, channel: delivery.channel, attempts: delivery.attempts },
      'notification delivery failed',
    );
    const fallback = FALLBACK[delivery.channel];
    if (fallback) {
      await this.db.query(
        `INSERT INTO notification_deliveries (notification_id, channel) VALUES ($1, $2) ON CONFLICT (notification_id, channel) DO NOTHING`,
        [delivery.notification_id, fallback],
      );
    }
  }

  private outgoing(delivery: ClaimedDelivery): OutgoingNotification {
    return {
      notificationId: delivery.notification_id,
      userId: delivery.user_id,
      category: delivery.category,
      type: delivery.type,
      title: delivery.title,
      body: delivery.body,
      link: delivery.link ? `${this.config.portalUrl}${delivery.link}` : null,
      recipient: {
        name: `${delivery.first_name} ${delivery.last_name}`,
        email: delivery.email,
        phone: delivery.phone,
      },
    };
  }
}
