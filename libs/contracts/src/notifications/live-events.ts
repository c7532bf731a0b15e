import type { DomainEventType } from '../events/domain-events';
import type { AppointmentStatusName } from '../scheduling/appointments.dto';
import type { NotificationItem } from './notifications.responses';

/** Server → client events on the live namespace. */
export const LIVE_EVENTS = {
  /** To the user's own room: a new in-app notification. */
  notification: 'notification',
  /** To the staff room: an appointment changed state (the board re-reads). */
  appointmentChanged: 'appointment.changed',
} as const;

export type LiveEventName = (typeof LIVE_EVENTS)[keyof typeof LIVE_EVENTS];

/** A new in-app notification as the live event carries it: the item without its data and read state. */
export type LiveNotificationEvent = Pick<
  NotificationItem,
  'id' | 'category' | 'type' | 'title' | 'body' | 'link'
>;

export interface AppointmentChangedEvent {
  appointmentId: string;
  /** The domain event that changed it. */
  change: DomainEventType;
  doctorId?: string;
  status?: AppointmentStatusName;
  startsAt?: string;
}

/** Each live event's payload: the API emits and the portal listens through this one map. */
export interface LiveEventPayloads {
  [LIVE_EVENTS.notification]: LiveNotificationEvent;
  [LIVE_EVENTS.appointmentChanged]: AppointmentChangedEvent;
}
