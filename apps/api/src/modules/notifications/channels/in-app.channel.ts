import { Injectable } from '@nestjs/common';

import { LiveNotifier } from '../live/live-notifier';
import type { NotificationChannel, OutgoingNotification } from './notification-channel';

/** The notification is already in the user's inbox; this pushes it live to their open sessions. */
@Injectable()
export class InAppChannel implements NotificationChannel {
  readonly name = 'in_app' as const;

  constructor(private readonly live: LiveNotifier) {}

  async deliver(notification: OutgoingNotification): Promise<void> {
    this.live.toUser(notification.userId, 'notification', {
      id: notification.notificationId,
      category: notification.category,
      type: notification.type,
      title: notification.title,
      body: notification.body,
      link: notification.link,
    });
  }
}
