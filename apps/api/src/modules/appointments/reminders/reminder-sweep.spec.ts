import { randomUUID } from 'node:crypto';

import type { DomainEvent } from '@healthsync/contracts/events';

import type { Clock } from '../../../common/clock';
import { AppConfig } from '../../../config/app-config';
import { InMemoryUnitOfWork } from '../../../database/testing/in-memory-unit-of-work';
import type { Transaction } from '../../../database/unit-of-work';
import { EventOutbox } from '../../outbox/event-outbox.repository';
import { AppointmentRemindersRepository, type DueReminder } from './appointment-reminders.repository';
import { ReminderSweep } from './reminder-sweep';

class FakeReminders extends AppointmentRemindersRepository {
  readonly asked: Array<{ leadMinutes: number; now: Date }> = [];
  due: DueReminder[] = [];

  in(_tx: Transaction): AppointmentRemindersRepository {
    return this;
  }

  async claimDue(leadMinutes: number, now: Date): Promise<DueReminder[]> {
    this.asked.push({ leadMinutes, now });
    return this.due.splice(0);
  }
}

class RecordingOutbox extends EventOutbox {
  readonly published: DomainEvent[] = [];

  async publish(tx: Transaction, event: DomainEvent): Promise<void> {
    await this.publishAll(tx, [event]);
  }

  async publishAll(_tx: Transaction, events: DomainEvent[]): Promise<void> {
    this.published.push(...events);
  }
}

describe('ReminderSweep', () => {
  const now = new Date('2031-05-04T10:00:00Z');
  const clock: Clock = { now: () => now };

  it('asks for due reminders at each lead time and publishes one appointment.reminder_due per appointment', async () => {
    const reminders = new FakeReminders();
    const outbox = new RecordingOutbox();
    const config = AppConfig.fromEnvironment({ NODE_ENV: 'test', REMINDER_LEAD_HOURS: '24,2' });
    const sweep = new ReminderSweep(new InMemoryUnitOfWork(), reminders, outbox, clock, config);
    const due: DueReminder = {
      appointmentId: randomUUID(),
      doctorId: randomUUID(),
      patientId: randomUUID(),
      startsAt: new Date('2031-05-05T09:00:00Z'),
    };
    reminders.due = [due];

    expect(await sweep.run()).toBe(1);

    expect(reminders.asked).toEqual([
      { leadMinutes: 1440, now },
      { leadMinutes: 120, now },
    ]);
    expect(outbox.published).toEqual([
      {
        type: 'appointment.reminder_due',
        aggregateType: 'appointment',
        aggregateId: due.appointmentId,
        payload: { ...due, startsAt: '2031-05-05T09:00:00.000Z', leadMinutes: 1440 },
      },
    ]);
  });
});
