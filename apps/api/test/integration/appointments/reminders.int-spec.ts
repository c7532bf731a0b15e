import type { DataSource } from 'typeorm';

import type { Clock } from '../../../src/common/clock';
import { AppConfig } from '../../../src/config/app-config';
import { TypeOrmUnitOfWork } from '../../../src/database/typeorm-unit-of-work';
import { ReminderSweep } from '../../../src/modules/appointments/reminders/reminder-sweep';
import { TypeOrmAppointmentRemindersRepository } from '../../../src/modules/appointments/reminders/typeorm-appointment-reminders.repository';
import { OutboxSignal } from '../../../src/modules/outbox/outbox-signal';
import { TypeOrmEventOutbox } from '../../../src/modules/outbox/typeorm-event-outbox.repository';
import { integrationDatabaseUrl } from '../../support/int-env';
import { openDataSource } from '../../support/test-database';

const HOUR = 3_600_000;

class FixedClock implements Clock {
  constructor(public time: Date) {}
  now(): Date {
    return this.time;
  }
}

describe('appointment reminders (24 h before, decided when due)', () => {
  let db: DataSource;
  let doctorId: string;
  let patientId: string;
  const clock = new FixedClock(new Date());
  let sweep: ReminderSweep;
  const base = Date.parse('2031-05-05T09:00:00Z');

  beforeAll(async () => {
    db = await openDataSource(integrationDatabaseUrl());
    const [user] = (await db.query(
      `INSERT INTO users (email, role, first_name, last_name) VALUES ($1, 'doctor', 'Rem', 'Inder') RETURNING id`,
      [`reminder-doctor-${Date.now()}@example.test`],
    )) as Array<{ id: string }>;
    const [doctor] = (await db.query(
      `INSERT INTO doctors (user_id, specialty, licence_number) VALUES ($1, 'GP', $2) RETURNING id`,
      [user?.id, `REM-${Date.now()}`],
    )) as Array<{ id: string }>;
    const [patient] = (await db.query(
      `INSERT INTO patients (first_name, last_name, date_of_birth) VALUES ('Ria', 'Minder', '1970-01-01') RETURNING id`,
    )) as Array<{
      id: string;
    }>;
    doctorId = doctor?.id ?? '';
    patientId = patient?.id ?? '';
    sweep = new ReminderSweep(
      new TypeOrmUnitOfWork(db, new OutboxSignal()),
      new TypeOrmAppointmentRemindersRepository(db.manager),
      new TypeOrmEventOutbox(),
      clock,
      AppConfig.fromEnvironment({ NODE_ENV: 'test', REMINDER_LEAD_HOURS: '24' }),
    );
  });
  afterAll(() => db.destroy());

  async function appointmentAt(startsAt: number, status = 'scheduled'): Promise<string> {
    const [row] = (await db.query(
      `INSERT INTO appointments (doctor_id, patient_id, type, status, starts_at, ends_at, busy_until, fee_minor, currency)
       VALUES ($1, $2, 'consultation', $3, $4, $5, $5, 0, 'EUR') RETURNING id`,
      [doctorId, patientId, status, new Date(startsAt), new Date(startsAt + HOUR / 2)],
    )) as Array<{ id: string }>;
    return row?.id ?? '';
  }

  const reminders = async (appointmentId: string) =>
    (
      (await db.query(
        `SELECT payload->>'startsAt' AS starts_at FROM outbox_events WHERE event_type = 'appointment.reminder_due' AND aggregate_id = $1 ORDER BY id`,
        [appointmentId],
      )) as Array<{ starts_at: string }>
    ).map((row) => row.starts_at);

  it('raises one reminder when the appointment comes within 24 h, and only once', async () => {
    const id = await appointmentAt(base);
    clock.time = new Date(base - 25 * HOUR);
    await sweep.run();
    expect(await reminders(id)).toEqual([]);
    clock.time = new Date(base - 23 * HOUR);
    await Promise.all([sweep.run(), sweep.run(), sweep.run()]);
    expect(await reminders(id)).toEqual([new Date(base).toISOString()]);
    const [event] = (await db.query(
      `SELECT payload FROM outbox_events WHERE event_type = 'appointment.reminder_due' AND aggregate_id = $1`,
      [id],
    )) as Array<{ payload: unknown }>;
    expect(event?.payload).toEqual({
      appointmentId: id,
      doctorId,
      patientId,
      startsAt: new Date(base).toISOString(),
      leadMinutes: 24 * 60,
    });
  });

  it('reminds of the new time after a reschedule', async () => {
    const id = await appointmentAt(base + 10 * 24 * HOUR);
    clock.time = new Date(base + 9 * 24 * HOUR + 2 * HOUR);
    await sweep.run();
    expect(await reminders(id)).toHaveLength(1);
    const moved = base + 12 * 24 * HOUR;
    await db.query(`UPDATE appointments SET starts_at = $2, ends_at = $3, busy_until = $3 WHERE id = $1`, [
      id,
      new Date(moved),
      new Date(moved + HOUR / 2),
    ]);
    clock.time = new Date(moved - 20 * HOUR);
    await sweep.run();
    expect((await reminders(id)).at(-1)).toBe(new Date(moved).toISOString());
  });

  it('never reminds of a cancelled or past appointment', async () => {
    const cancelled = await appointmentAt(base + 20 * 24 * HOUR, 'cancelled');
    const past = await appointmentAt(base + 30 * 24 * HOUR);
    clock.time = new Date(base + 20 * 24 * HOUR - HOUR);
    await sweep.run();
    clock.time = new Date(base + 30 * 24 * HOUR + HOUR);
    await sweep.run();
    expect(await reminders(cancelled)).toEqual([]);
    expect(await reminders(past)).toEqual([]);
  });
});
