import { Injectable } from '@nestjs/common';

import { CommonErrorCode, type Page } from '@healthsync/contracts/common';
import {
  NotificationErrorCode,
  type NotificationListQuery,
  type NotificationPreferencesDto,
  type PushSubscriptionDto,
} from '@healthsync/contracts/notifications';
import type { NotificationPreferences } from '@healthsync/domain/notifications';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext } from '../../common/auth/auth-context';
import { whyNotPublicHttpsUrl } from '../../common/net/public-https';
import { PushSubscriptionsRepository } from './channels/push-subscriptions.repository';
import { NotificationsRepository, type StoredNotification } from './inbox/notifications.repository';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import type { NotificationView } from './notifications.responses';

const notFound = () => new DomainError('not_found', CommonErrorCode.NotFound, 'No such notification.');

/** A user's own notifications, preferences and push subscriptions. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly preferences: NotificationPreferencesService,
    private readonly pushSubscriptions: PushSubscriptionsRepository,
  ) {}

  async list(auth: AuthContext, query: NotificationListQuery): Promise<Page<NotificationView>> {
    const page = await this.notifications.listForUser(auth.userId, {
      unreadOnly: query.unread ?? false,
      page: query.page,
      limit: query.limit,
    });
    return { ...page, items: page.items.map(toNotificationView) };
  }

  async unreadCount(auth: AuthContext): Promise<{ unread: number }> {
    return { unread: await this.notifications.countUnread(auth.userId) };
  }

  async markRead(auth: AuthContext, id: string): Promise<void> {
    if (!(await this.notifications.markRead(auth.userId, id))) throw notFound();
  }

  async markAllRead(auth: AuthContext): Promise<void> {
    await this.notifications.markAllRead(auth.userId);
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
}

function toNotificationView(notification: StoredNotification): NotificationView {
  return {
    ...notification,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt?.toISOString() ?? null,
  };
}
