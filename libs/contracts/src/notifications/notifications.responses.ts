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

export interface NotificationPreferencesView {
  channels: Record<NotificationCategoryName, NotificationChannelName[]>;
  emailConsent: boolean;
  smsConsent: boolean;
  phone: string | null;
  quietHours: { start: string; end: string; timeZone: string } | null;
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
