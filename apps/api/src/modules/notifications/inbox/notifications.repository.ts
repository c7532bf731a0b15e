import type { Page } from '@healthsync/contracts/common';
import type { NotificationItem } from '@healthsync/contracts/notifications';

import type { WithDates } from '../../../common/with-dates';
import type { Transaction } from '../../../database/unit-of-work';
import type { NotificationDraft } from '../notification-listener';

/** A notification in a user's inbox, its times as Dates. */
export type StoredNotification = WithDates<NotificationItem, 'createdAt' | 'readAt'>;

/** Users' inboxes: notifications made from events, once per event, user and type. */
export abstract class NotificationsRepository {
  abstract in(tx: Transaction): NotificationsRepository;

  /** Stores the notification made from an event; null if that event already gave this user one of this type. */
  abstract insertForEvent(eventId: string, draft: NotificationDraft): Promise<string | null>;

  /** The user's notifications, newest first; only the unread ones if asked. */
  abstract listForUser(
    userId: string,
    query: { unreadOnly: boolean; page: number; limit: number },
  ): Promise<Page<StoredNotification>>;

  abstract countUnread(userId: string): Promise<number>;

  /** False if the user has no notification with that id. */
  abstract markRead(userId: string, notificationId: string): Promise<boolean>;

  abstract markAllRead(userId: string): Promise<void>;
}
