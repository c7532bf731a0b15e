import type { DeliveryStatusName } from './notifications.dto';
import type { NotificationChannelName } from './notification-channels';

export const NOTIFICATION_CATEGORIES = ['appointments', 'reminders', 'billing', 'security'] as const;
export type NotificationCategoryName = (typeof NOTIFICATION_CATEGORIES)[number];

/** Channels that security notices always use, whatever the preferences say. */
export const ALWAYS_ON_SECURITY_CHANNELS: readonly NotificationChannelName[] = ['in_app', 'email'];

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

/** Server → client events on the live namespace. */
export const LIVE_EVENTS = {
  /** To the user's own room: a new in-app notification. */
  notification: 'notification',
  /** To the staff room: an appointment changed state (the board re-reads). */
  appointmentChanged: 'appointment.changed',
} as const;

/** A new in-app notification as the live event carries it: the item without its data and read state. */
export type LiveNotificationEvent = Pick<
  NotificationItem,
  'id' | 'category' | 'type' | 'title' | 'body' | 'link'
>;

export interface AppointmentChangedEvent {
  appointmentId: string;
  change: string;
  doctorId?: string;
  status?: string;
  startsAt?: string;
}
