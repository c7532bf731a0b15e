import { DomainEventType, type PublishedEvent } from '@healthsync/contracts/events';
import { LIVE_EVENTS } from '@healthsync/contracts/notifications/live-events';

import type { ListenerResult, NotificationListener } from '../notification-listener';

/**
 * Notifies one user of every booking (the appointment in its data) and tells the staff; throws on the
 * appointments it was told are poisoned, as a broken listener would.
 */
export class PoisonableBookingListener implements NotificationListener {
  readonly poisoned = new Set<string>();

  constructor(private readonly userId: string) {}

  handles(type: DomainEventType): boolean {
    return type === DomainEventType.AppointmentBooked;
  }

  async handle(event: PublishedEvent): Promise<ListenerResult> {
    if (this.poisoned.has(event.aggregateId)) throw new Error(`cannot handle ${event.aggregateId}`);
    return {
      notifications: [
        {
          userId: this.userId,
          category: 'appointments',
          type: event.type,
          title: 'Appointment booked',
          body: 'Booked.',
          link: null,
          data: { appointmentId: event.aggregateId },
        },
      ],
      live: [
        {
          audience: 'staff',
          event: LIVE_EVENTS.appointmentChanged,
          payload: { appointmentId: event.aggregateId, change: event.type },
        },
      ],
    };
  }
}
