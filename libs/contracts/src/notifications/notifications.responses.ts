import type { DeliveryStatusName } from './notifications.dto';
import type { NotificationCategoryName, NotificationChannelName } from './notification-channels';

export {
  ALWAYS_ON_SECURITY_CHANNELS,
  NOTIFICATION_CATEGORIES,
  type NotificationCategoryName,
} from './notification-channels';
export * from './live-events';

export interface NotificationItem {
  id: string;
  category: NotificationCategoryName;
  type: string;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface UnreadCount {
  unread: number;
}

/** The channels a user gets each category of notification on. */
export type NotificationChannels = Record<NotificationCategoryName, NotificationChannelName[]>;

/** When only security notices are sent: clinic wall-clock times in the user's zone. */
export interface QuietHours {
  start: string;
  end: string;
  timeZone: string;
}

export interface NotificationPreferencesView {
  channels: NotificationChannels;
  emailConsent: boolean;
  smsConsent: boolean;
  phone: string | null;
  quietHours: QuietHours | null;
}

/** One attempt record of the delivery ledger (`GET /admin/notifications/deliveries`). */
export interface DeliveryView {
  id: string;
  notificationId: string;
  userId: string;
  type: string;
  channel: NotificationChannelName;
  status: DeliveryStatusName;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

/** A short-lived ticket that admits a browser to the live Socket.io namespace `/notifications`. */
export interface LiveTicket {
  ticket: string;
  expiresAt: string;
}

/** An outbox event that failed too often and waits for an admin (`GET /admin/notifications/parked-events`). */
export interface ParkedEventView {
  /** The outbox's sequence number, as a string. */
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  attempts: number;
  lastError: string | null;
  occurredAt: string;
  parkedAt: string;
}
