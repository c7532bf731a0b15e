import { Injectable } from '@nestjs/common';

import { DomainEventType } from '@healthsync/contracts/events';

import { LiveNotifier } from './live/live-notifier';
import type { NotificationDraft, NotificationListener, OutboxEventRow } from './notification-listener';

/** Every change of an appointment's status or time; reminders change nothing on the board. */
const APPOINTMENT_CHANGES: ReadonlySet<string> = new Set([
  DomainEventType.AppointmentBooked,
  DomainEventType.AppointmentConfirmed,
  DomainEventType.AppointmentCheckedIn,
  DomainEventType.AppointmentStarted,
  DomainEventType.AppointmentCompleted,
  DomainEventType.AppointmentCancelled,
  DomainEventType.AppointmentMissed,
  DomainEventType.AppointmentRescheduled,
]);

/**
 * Keeps the front-desk board live: every appointment change is announced to the staff room. It
 * stores nothing; a re-dispatched event announces twice, which the board (it re-reads) does not mind.
 */
@Injectable()
export class StaffBoardListener implements NotificationListener {
  constructor(private readonly live: LiveNotifier) {}

  handles(eventType: string): boolean {
    return APPOINTMENT_CHANGES.has(eventType);
  }

  async notificationsFor(event: OutboxEventRow): Promise<NotificationDraft[]> {
    this.live.toStaff('appointment.changed', {
      appointmentId: event.aggregate_id,
      change: event.event_type,
      doctorId: event.payload['doctorId'],
      status: event.payload['to'],
      startsAt: event.payload['startsAt'],
    });
    return [];
  }
}
