import { Injectable } from '@nestjs/common';

import { LiveNotifier } from './live/live-notifier';
import type { NotificationDraft, NotificationListener, OutboxEventRow } from './notification-listener';

/**
 * Keeps the front-desk board live: every appointment change is announced to the staff room. It
 * stores nothing; a re-dispatched event announces twice, which the board (it re-reads) does not mind.
 */
@Injectable()
export class StaffBoardListener implements NotificationListener {
  constructor(private readonly live: LiveNotifier) {}

  handles(eventType: string): boolean {
    return eventType.startsWith('appointment.') && eventType !== 'appointment.reminder';
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
