import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { DomainEventType } from '@healthsync/contracts/events';

import { AppConfig } from '../../config/app-config';
import type { NotificationDraft, NotificationListener, OutboxEventRow } from './notification-listener';

interface Parties {
  patientUserId: string | null;
  doctorUserId: string | null;
  doctorName: string;
}

type Audience = 'patient' | 'doctor';

/** Who hears of each appointment event, and in which words. */
const MESSAGES: Record<string, { audience: Audience[]; title: string }> = {
  [DomainEventType.AppointmentBooked]: { audience: ['patient', 'doctor'], title: 'Appointment booked' },
  [DomainEventType.AppointmentConfirmed]: { audience: ['patient'], title: 'Appointment confirmed' },
  [DomainEventType.AppointmentRescheduled]: { audience: ['patient', 'doctor'], title: 'Appointment moved' },
  [DomainEventType.AppointmentCancelled]: { audience: ['patient', 'doctor'], title: 'Appointment cancelled' },
  [DomainEventType.AppointmentCheckedIn]: { audience: ['doctor'], title: 'Patient checked in' },
  [DomainEventType.AppointmentCompleted]: { audience: ['patient'], title: 'Visit completed' },
  [DomainEventType.AppointmentMissed]: { audience: ['patient'], title: 'Missed appointment' },
  // Still written under its old name until the reminder sweep publishes DomainEventType.AppointmentReminderDue.
  'appointment.reminder': { audience: ['patient'], title: 'Appointment reminder' },
};

/** Appointment events → notifications for the patient and the doctor concerned (never the reason for the visit). */
@Injectable()
export class AppointmentNotificationsListener implements NotificationListener {
  constructor(private readonly config: AppConfig) {}

  handles(eventType: string): boolean {
    return eventType in MESSAGES;
  }

  async notificationsFor(event: OutboxEventRow, tx: EntityManager): Promise<NotificationDraft[]> {
    const message = MESSAGES[event.event_type];
    const parties = await this.parties(event, tx);
    if (!message || !parties) return [];
    const when = this.formatTime(String(event.payload['startsAt']));
    const recipients: Array<[Audience, string | null]> = [
      ['patient', parties.patientUserId],
      ['doctor', parties.doctorUserId],
    ];
    return recipients
      .filter(([audience, userId]) => message.audience.includes(audience) && userId !== null)
      .map(([audience, userId]) => ({
        userId: userId as string,
        category: event.event_type === 'appointment.reminder' ? 'reminders' : 'appointments',
        type: event.event_type,
        title: message.title,
        body:
          audience === 'patient'
            ? `Your appointment with ${parties.doctorName} on ${when}.`
            : `An appointment on ${when}.`,
        link:
          audience === 'patient'
            ? `/portal/appointments/${event.aggregate_id}`
            : `/staff/appointments/${event.aggregate_id}`,
        data: { appointmentId: event.aggregate_id, startsAt: event.payload['startsAt'] },
      }));
  }

  private async parties(event: OutboxEventRow, tx: EntityManager): Promise<Parties | null> {
    const [row] = (await tx.query(
      `SELECT p.user_id AS patient_user_id, d.user_id AS doctor_user_id, u.first_name, u.last_name
       FROM appointments a JOIN patients p ON p.id = a.patient_id JOIN doctors d ON d.id = a.doctor_id JOIN users u ON u.id = d.user_id
       WHERE a.id = $1`,
      [event.aggregate_id],
    )) as Array<{
      patient_user_id: string | null;
      doctor_user_id: string;
      first_name: string;
      last_name: string;
    }>;
    return row
      ? {
          patientUserId: row.patient_user_id,
          doctorUserId: row.doctor_user_id,
          doctorName: `Dr ${row.first_name} ${row.last_name}`,
        }
      : null;
  }

  /** "Monday 7 December 2026, 09:30 (Europe/Berlin)": in the clinic's zone, with the zone named. */
  private formatTime(instant: string): string {
    const zone = this.config.clinicTimeZone;
    const text = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      dateStyle: 'full',
      timeStyle: 'short',
    }).format(new Date(instant));
    return `${text} (${zone})`;
  }
}
