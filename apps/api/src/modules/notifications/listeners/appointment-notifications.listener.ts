import { Injectable } from '@nestjs/common';

import { DomainEventType, type PublishedEvent } from '@healthsync/contracts/events';
import type { NotificationCategoryName } from '@healthsync/domain/notifications';

import { AppConfig } from '../../../config/app-config';
import { PatientIdentities } from '../../accounts/patient-identities.repository';
import { DoctorDirectory } from '../../doctors/doctor-directory';
import type { ListenerResult, NotificationDraft, NotificationListener } from '../notification-listener';

type Audience = 'patient' | 'doctor';

interface Message {
  audience: Audience[];
  title: string;
  category?: NotificationCategoryName;
}

/** Who hears of each appointment event, and in which words. */
const MESSAGES: Partial<Record<DomainEventType, Message>> = {
  [DomainEventType.AppointmentBooked]: { audience: ['patient', 'doctor'], title: 'Appointment booked' },
  [DomainEventType.AppointmentConfirmed]: { audience: ['patient'], title: 'Appointment confirmed' },
  [DomainEventType.AppointmentRescheduled]: { audience: ['patient', 'doctor'], title: 'Appointment moved' },
  [DomainEventType.AppointmentCancelled]: { audience: ['patient', 'doctor'], title: 'Appointment cancelled' },
  [DomainEventType.AppointmentCheckedIn]: { audience: ['doctor'], title: 'Patient checked in' },
  [DomainEventType.AppointmentCompleted]: { audience: ['patient'], title: 'Visit completed' },
  [DomainEventType.AppointmentMissed]: { audience: ['patient'], title: 'Missed appointment' },
  [DomainEventType.AppointmentReminderDue]: {
    audience: ['patient'],
    title: 'Appointment reminder',
    category: 'reminders',
  },
};

interface Parties {
  patientUserId: string | null;
  doctorUserId: string;
  doctorName: string;
}

/**
 * Appointment events → notifications for the patient and the doctor concerned (never the reason
 * for the visit). Who they are comes from the accounts and doctors modules.
 */
@Injectable()
export class AppointmentNotificationsListener implements NotificationListener {
  constructor(
    private readonly config: AppConfig,
    private readonly patients: PatientIdentities,
    private readonly doctors: DoctorDirectory,
  ) {}

  handles(type: DomainEventType): boolean {
    return type in MESSAGES;
  }

  async handle(event: PublishedEvent): Promise<ListenerResult> {
    const message = MESSAGES[event.type];
    const parties = message && (await this.parties(event.payload.doctorId, event.payload.patientId));
    if (!message || !parties) return { notifications: [], live: [] };
    const recipients: Array<[Audience, string | null]> = [
      ['patient', parties.patientUserId],
      ['doctor', parties.doctorUserId],
    ];
    const notifications = recipients.flatMap(([audience, userId]) =>
      message.audience.includes(audience) && userId
        ? [this.draft(event, message, parties, audience, userId)]
        : [],
    );
    return { notifications, live: [] };
  }

  private draft(
    event: PublishedEvent,
    message: Message,
    parties: Parties,
    audience: Audience,
    userId: string,
  ): NotificationDraft {
    const { appointmentId, startsAt } = event.payload;
    const when = this.formatTime(startsAt);
    return {
      userId,
      category: message.category ?? 'appointments',
      type: event.type,
      title: message.title,
      body:
        audience === 'patient'
          ? `Your appointment with ${parties.doctorName} on ${when}.`
          : `An appointment on ${when}.`,
      link:
        audience === 'patient'
          ? `/portal/appointments/${appointmentId}`
          : `/staff/appointments/${appointmentId}`,
      data: { appointmentId, startsAt },
    };
  }

  private async parties(doctorId: string, patientId: string): Promise<Parties | null> {
    const [doctor, patientUserId] = await Promise.all([
      this.doctors.find(doctorId),
      this.patients.userIdOfPatient(patientId),
    ]);
    if (!doctor) return null;
    return {
      patientUserId,
      doctorUserId: doctor.doctor.userId,
      doctorName: `Dr ${doctor.firstName} ${doctor.lastName}`,
    };
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
