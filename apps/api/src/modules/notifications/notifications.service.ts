import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { CommonErrorCode, type Page } from '@healthsync/contracts/common';
import {
  NotificationErrorCode,
  type DeliveryListQuery,
  type NotificationListQuery,
  type NotificationPreferencesDto,
  type PushSubscriptionDto,
  type DeliveryStatusName,
  type NotificationCategoryName,
  type NotificationChannelName,
} from '@healthsync/contracts/notifications';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext } from '../../common/auth/auth-context';
import { whyNotPublicHttpsUrl } from '../../common/net/public-https';
import { PushSubscriptionsRepository } from './channels/push-subscriptions.repository';
import { NotificationPreferencesService, type NotificationPreferences } from './notification-preferences';
import type { DeliveryView, NotificationView } from './notifications.responses';

const notFound = () => new DomainError('not_found', CommonErrorCode.NotFound, 'No such notification.');

/** A user's own notifications, preferences and push subscriptions; failed deliveries for admins. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly preferences: NotificationPreferencesService,
    private readonly pushSubscriptions: PushSubscriptionsRepository,
  ) {}

  async list(auth: AuthContext, query: NotificationListQuery): Promise<Page<NotificationView>> {
    const rows = (await this.db.query(
      `SELECT id, category, type, title, body, link, data, created_at, read_at, count(*) OVER () AS total
       FROM notifications WHERE user_id = $1 AND ($2::boolean IS NOT TRUE OR read_at IS NULL)
       ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      [auth.userId, query.unread ?? false, query.limit, (query.page - 1) * query.limit],
    )) as Array<Record<string, unknown> & { total: string }>;
    return {
      items: rows.map(toNotificationView),
      total: Number(rows[0]?.total ?? 0),
      page: query.page,
      limit: query.limit,
    };
  }

  async unreadCount(auth: AuthContext): Promise<{ unread: number }> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [auth.userId],
    )) as Array<{ unread: number }>;
    return { unread: row?.unread ?? 0 };
  }

  async markRead(auth: AuthContext, id: string): Promise<void> {
    const [updated] = (await this.db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [id, auth.userId],
    )) as [unknown[], number];
    if (updated.length === 0) throw notFound();
  }

  async markAllRead(auth: AuthContext): Promise<void> {
    await this.db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [
      auth.userId,
    ]);
  }

  getPreferences(auth: AuthContext): Promise<NotificationPreferences> {
    return this.preferences.get(auth.userId);
  }

  savePreferences(auth: AuthContext, dto: NotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.preferences.save(auth.userId, {
      channels: dto.channels,
      emailConsent: dto.emailConsent,
      smsConsent: dto.smsConsent,
      phone: dto.phone ?? null,
      quietHours: dto.quietHours ?? null,
    });
  }

  /** Only a public https push service; an endpoint registered by another user stays theirs (409). */
  async addPushSubscription(auth: AuthContext, dto: PushSubscriptionDto): Promise<void> {
    const refusal = whyNotPublicHttpsUrl(dto.endpoint);
    if (refusal) {
      const message = `The push endpoint ${refusal}.`;
      throw new DomainError('invalid', NotificationErrorCode.PushEndpointNotPublic, message, {
        errors: [{ field: 'endpoint', message }],
      });
    }
    if ((await this.pushSubscriptions.add(auth.userId, dto)) === 'taken') {
      throw new DomainError(
        'conflict',
        NotificationErrorCode.PushEndpointTaken,
        'This push endpoint is registered to another account.',
      );
    }
  }

  async removePushSubscription(auth: AuthContext, endpoint: string): Promise<void> {
    await this.pushSubscriptions.removeForUser(auth.userId, endpoint);
  }

  async deliveries(query: DeliveryListQuery): Promise<Page<DeliveryView>> {
    const rows = (await this.db.query(
      `SELECT d.id, d.notification_id, n.user_id, n.type, d.channel, d.status, d.attempts, d.last_error, d.next_attempt_at,
              d.delivered_at, d.created_at, count(*) OVER () AS total
       FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE ($1::text IS NULL OR d.status = $1) AND ($2::text IS NULL OR d.channel = $2)
       ORDER BY d.created_at DESC, d.id LIMIT $3 OFFSET $4`,
      [query.status ?? null, query.channel ?? null, query.limit, (query.page - 1) * query.limit],
    )) as Array<Record<string, unknown> & { total: string }>;
    return {
      items: rows.map(toDeliveryView),
      total: Number(rows[0]?.total ?? 0),
      page: query.page,
      limit: query.limit,
    };
  }

  /** Puts a failed delivery back in the queue, due now, with a fresh count of attempts. */
  async retry(deliveryId: string): Promise<void> {
    const [updated] = (await this.db.query(
      `UPDATE notification_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), lease_until = NULL
       WHERE id = $1 AND status = 'failed' RETURNING id`,
      [deliveryId],
    )) as [unknown[], number];
    if (updated.length === 0)
      throw new DomainError('not_found', CommonErrorCode.NotFound, 'No failed delivery with that id.');
  }
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

function toNotificationView(row: Record<string, unknown>): NotificationView {
  return {
    id: row['id'] as string,
    category: row['category'] as NotificationCategoryName,
    type: row['type'] as string,
    title: row['title'] as string,
    body: row['body'] as string,
    link: (row['link'] as string | null) ?? null,
    data: (row['data'] as Record<string, unknown>) ?? {},
    createdAt: iso(row['created_at']) as string,
    readAt: iso(row['read_at']),
  };
}

function toDeliveryView(row: Record<string, unknown>): DeliveryView {
  return {
    id: row['id'] as string,
    notificationId: row['notification_id'] as string,
    userId: row['user_id'] as string,
    type: row['type'] as string,
    channel: row['channel'] as NotificationChannelName,
    status: row['status'] as DeliveryStatusName,
    attempts: Number(row['attempts']),
    lastError: (row['last_error'] as string | null) ?? null,
    nextAttemptAt: iso(row['next_attempt_at']),
    deliveredAt: iso(row['delivered_at']),
    createdAt: iso(row['created_at']) as string,
  };
}
