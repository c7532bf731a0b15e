import type { EntityManager } from 'typeorm';

import type { NotificationCategory } from './channels/notification-channel';

/** An outbox event as the dispatcher reads it. */
export interface OutboxEventRow {
  id: string;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

/** One notification for one person, before it is stored. Title and body carry no clinical detail. */
export interface NotificationDraft {
  userId: string;
  category: NotificationCategory;
  type: string;
  title: string;
  body: string;
  /** A path in the portal, e.g. `/portal/appointments/…`. */
  link: string | null;
  data?: Record<string, unknown>;
}

/**
 * Observer: turns domain events into notifications. A module adds its events by providing a
 * listener under NOTIFICATION_LISTENERS; the dispatcher never changes.
 */
export interface NotificationListener {
  handles(eventType: string): boolean;
  notificationsFor(event: OutboxEventRow, tx: EntityManager): Promise<NotificationDraft[]>;
}

export const NOTIFICATION_LISTENERS = Symbol('NOTIFICATION_LISTENERS');
