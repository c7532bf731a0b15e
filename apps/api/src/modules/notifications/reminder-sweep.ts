import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../config/app-config';
import { Clock } from './clock';

/**
 * Raises `appointment.reminder` events for appointments that start within a reminder's lead time.
 * Decided when the reminder is due, not when booked: a moved appointment is reminded of its new
 * time, a cancelled or past one of nothing. The reminders table makes each one happen once, across
 * instances.
 */
@Injectable()
export class ReminderSweep {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many reminders it raised. */
  async run(): Promise<number> {
    let raised = 0;
    for (const leadMinutes of this.config.reminderLeadMinutes)
      raised += await this.raise(leadMinutes, this.clock.now());
    return raised;
  }

  private async raise(leadMinutes: number, now: Date): Promise<number> {
    const rows = (await this.db.query(
      `WITH due AS (
         INSERT INTO appointment_reminders (appointment_id, starts_at, lead_minutes)
         SELECT id, starts_at, $2 FROM appointments
         WHERE status IN ('scheduled', 'confirmed') AND starts_at > $1 AND starts_at <= $1::timestamptz + make_interval(mins => $2)
         ON CONFLICT DO NOTHING
         RETURNING appointment_id, starts_at)
       INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload)
       SELECT 'appointment.reminder', 'appointment', appointment_id,
              jsonb_build_object('appointmentId', appointment_id, 'startsAt', to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'leadMinutes', $2)
       FROM due RETURNING id`,
      [now, leadMinutes],
    )) as unknown[];
    return rows.length;
  }
}
