import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { managerOf } from '../../../database/typeorm-unit-of-work';
import type { Transaction } from '../../../database/unit-of-work';
import { AppointmentRemindersRepository, type DueReminder } from './appointment-reminders.repository';

interface DueRow {
  appointment_id: string;
  doctor_id: string;
  patient_id: string;
  starts_at: Date;
}

@Injectable()
export class TypeOrmAppointmentRemindersRepository extends AppointmentRemindersRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): AppointmentRemindersRepository {
    return new TypeOrmAppointmentRemindersRepository(managerOf(tx));
  }

  async claimDue(leadMinutes: number, now: Date): Promise<DueReminder[]> {
    const rows = (await this.db.query(
      `WITH due AS (
         INSERT INTO appointment_reminders (appointment_id, starts_at, lead_minutes)
         SELECT id, starts_at, $2 FROM appointments
         WHERE status IN ('scheduled', 'confirmed') AND starts_at > $1 AND starts_at <= $1::timestamptz + make_interval(mins => $2)
         ON CONFLICT DO NOTHING
         RETURNING appointment_id, starts_at)
       SELECT due.appointment_id, a.doctor_id, a.patient_id, due.starts_at
       FROM due JOIN appointments a ON a.id = due.appointment_id`,
      [now, leadMinutes],
    )) as DueRow[];
    return rows.map((row) => ({
      appointmentId: row.appointment_id,
      doctorId: row.doctor_id,
      patientId: row.patient_id,
      startsAt: new Date(row.starts_at),
    }));
  }
}
