import { Injectable } from '@nestjs/common';

import { DomainEventType, type PublishedEvent } from '@healthsync/contracts/events';
import { LIVE_EVENTS } from '@healthsync/contracts/notifications/live-events';

import type { ListenerResult, NotificationListener } from '../notification-listener';

type BoardChange = Exclude<DomainEventType, typeof DomainEventType.AppointmentReminderDue>;

/** Every appointment change the front desk sees: all but a reminder, which changes nothing. */
const BOARD_CHANGES: ReadonlySet<DomainEventType> = new Set<BoardChange>([
  DomainEventType.AppointmentBooked,
  DomainEventType.AppointmentConfirmed,
  DomainEventType.AppointmentCheckedIn,
  DomainEventType.AppointmentStarted,
  DomainEventType.AppointmentCompleted,
  DomainEventType.AppointmentCancelled,
  DomainEventType.AppointmentMissed,
  DomainEventType.AppointmentRescheduled,
]);

const isBoardChange = (event: PublishedEvent): event is PublishedEvent<BoardChange> =>
  BOARD_CHANGES.has(event.type);

/**
 * Keeps the front-desk board live: every appointment change is announced to the staff room. It
 * stores nothing; a re-dispatched event announces twice, which the board (it re-reads) does not mind.
 */
@Injectable()
export class StaffBoardListener implements NotificationListener {
  handles(type: DomainEventType): boolean {
    return BOARD_CHANGES.has(type);
  }

  async handle(event: PublishedEvent): Promise<ListenerResult> {
    if (!isBoardChange(event)) return { notifications: [], live: [] };
    const { appointmentId, doctorId, to, startsAt } = event.payload;
    return {
      notifications: [],
      live: [
        {
          audience: 'staff',
          event: LIVE_EVENTS.appointmentChanged,
          payload: { appointmentId, change: event.type, doctorId, status: to, startsAt },
        },
      ],
    };
  }
}
