import { Injectable } from '@nestjs/common';

import { DomainEventType, type DomainEvent } from '@healthsync/contracts/events';

import { Clock } from '../../../common/clock';
import { AppConfig } from '../../../config/app-config';
import { UnitOfWork } from '../../../database/unit-of-work';
import { EventOutbox } from '../../outbox/event-outbox.repository';
import { AppointmentRemindersRepository, type DueReminder } from './appointment-reminders.repository';

/**
 * Raises `appointment.reminder_due` events for appointments that start within a reminder's lead
 * time. Decided when the reminder is due, not when booked: a moved appointment is reminded of its
 * new time, a cancelled or past one of nothing. The reminders table makes each one happen once,
 * across instances, and commits with its event.
 */
@Injectable()
export class ReminderSweep {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reminders: AppointmentRemindersRepository,
    private readonly events: EventOutbox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many reminders it raised. */
  async run(): Promise<number> {
    let raised = 0;
    const now = this.clock.now();
    for (const leadMinutes of this.config.reminderLeadMinutes) raised += await this.raise(leadMinutes, now);
    return raised;
  }

  private raise(leadMinutes: number, now: Date): Promise<number> {
    return this.unitOfWork.run(async (tx) => {
      const due = await this.reminders.in(tx).claimDue(leadMinutes, now);
      await this.events.publishAll(
        tx,
        due.map((reminder) => reminderDue(reminder, leadMinutes)),
      );
      return due.length;
    });
  }
}

function reminderDue(reminder: DueReminder, leadMinutes: number): DomainEvent<'appointment.reminder_due'> {
  return {
    type: DomainEventType.AppointmentReminderDue,
    aggregateType: 'appointment',
    aggregateId: reminder.appointmentId,
    payload: {
      appointmentId: reminder.appointmentId,
      doctorId: reminder.doctorId,
      patientId: reminder.patientId,
      startsAt: reminder.startsAt.toISOString(),
      leadMinutes,
    },
  };
}
