import type { Provider } from '@nestjs/common';

import { Clock } from '../../../common/clock';
import { AppointmentRemindersRepository } from './appointment-reminders.repository';
import { ReminderSchedule } from './reminder-schedule';
import { ReminderSweep } from './reminder-sweep';
import { TypeOrmAppointmentRemindersRepository } from './typeorm-appointment-reminders.repository';

/** Appointment reminders: the sweep that raises them, its schedule and its table. */
export const REMINDER_PROVIDERS: Provider[] = [
  { provide: AppointmentRemindersRepository, useClass: TypeOrmAppointmentRemindersRepository },
  Clock,
  ReminderSweep,
  ReminderSchedule,
];
