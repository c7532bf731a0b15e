import type { NotificationCategoryName, NotificationChannelName } from '@healthsync/domain/notifications';

/** The ways a notification reaches a person (Strategy: one class per channel). */
export type ChannelName = NotificationChannelName;

export type NotificationCategory = NotificationCategoryName;

/** What a channel needs to deliver one notification. No clinical detail: title and body only say that something happened. */
export interface OutgoingNotification {
  notificationId: string;
  userId: string;
  category: NotificationCategory;
  type: string;
  title: string;
  body: string;
  /** Absolute URL into the portal. */
  link: string | null;
  recipient: { name: string; email: string | null; phone: string | null };
}

export interface NotificationChannel {
  readonly name: ChannelName;
  /** Delivers or throws; a `PermanentDeliveryFailure` is not retried. */
  deliver(notification: OutgoingNotification): Promise<void>;
}

/** A failure that retrying cannot fix (no phone number, subscription gone, channel not configured). */
export class PermanentDeliveryFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryFailure';
  }
}

/** Multi-provider token: every channel registers itself under it. */
export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
