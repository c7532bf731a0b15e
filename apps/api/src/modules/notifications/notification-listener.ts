import type { DomainEventType, PublishedEvent } from '@healthsync/contracts/events';
import type { LiveEventName, LiveEventPayloads } from '@healthsync/contracts/notifications/live-events';
import type { NotificationCategoryName } from '@healthsync/domain/notifications';

/** One notification for one person, before it is stored. Title and body carry no clinical detail. */
export interface NotificationDraft {
  userId: string;
  category: NotificationCategoryName;
  type: string;
  title: string;
  body: string;
  /** A path in the portal, e.g. `/portal/appointments/…`. */
  link: string | null;
  data?: Record<string, unknown>;
}

/** Who a live event goes to: one user's open sessions, or every signed-in staff member. */
export type LiveAudience = { userId: string } | 'staff';

/** A live event with its typed payload, sent once the event's transaction has committed. */
export type LiveMessage = {
  [E in LiveEventName]: { audience: LiveAudience; event: E; payload: LiveEventPayloads[E] };
}[LiveEventName];

/** What a listener makes of one event: notifications to store, live messages to send. */
export interface ListenerResult {
  notifications: NotificationDraft[];
  live: LiveMessage[];
}

/**
 * Observer: turns domain events into notifications and live messages. A module adds its events by
 * providing a listener under NOTIFICATION_LISTENERS; the dispatcher never changes. A listener that
 * throws fails the event, which is retried later and parked after the last attempt.
 */
export interface NotificationListener {
  handles(type: DomainEventType): boolean;
  handle(event: PublishedEvent): Promise<ListenerResult>;
}

export const NOTIFICATION_LISTENERS = Symbol('NOTIFICATION_LISTENERS');
