import { randomUUID } from 'node:crypto';

import {
  DomainEventType,
  type AppointmentChangedPayload,
  type PublishedEvent,
} from '@healthsync/contracts/events';

import { AppConfig } from '../../../config/app-config';
import type { PatientIdentities } from '../../accounts/patient-identities.repository';
import type { DoctorDirectory } from '../../doctors/doctor-directory';
import type { DoctorRecord } from '../../doctors/doctors.repository';
import { AppointmentNotificationsListener } from './appointment-notifications.listener';

const doctorId = randomUUID();
const patientId = randomUUID();
const doctorUserId = randomUUID();
const patientUserId = randomUUID();
const appointmentId = randomUUID();

const doctors = {
  find: async (id: string) =>
    id === doctorId
      ? ({ doctor: { id, userId: doctorUserId }, firstName: 'Dana', lastName: 'Okafor' } as DoctorRecord)
      : null,
} as DoctorDirectory;
const patientsWithAccount = { userIdOfPatient: async () => patientUserId } as unknown as PatientIdentities;
const patientsAtTheDesk = { userIdOfPatient: async () => null } as unknown as PatientIdentities;
const config = AppConfig.fromEnvironment({ NODE_ENV: 'test', CLINIC_TIME_ZONE: 'Europe/Berlin' });

const changed: AppointmentChangedPayload = {
  appointmentId,
  doctorId,
  patientId,
  type: 'consultation',
  startsAt: '2026-12-07T08:30:00.000Z',
  endsAt: '2026-12-07T09:00:00.000Z',
  from: null,
  to: 'scheduled',
  actorId: randomUUID(),
  actorRole: 'patient',
};

const published = (type: DomainEventType, payload: object = changed): PublishedEvent =>
  ({
    id: '1',
    type,
    aggregateType: 'appointment',
    aggregateId: appointmentId,
    payload,
    occurredAt: new Date(),
  }) as PublishedEvent;

describe('AppointmentNotificationsListener', () => {
  const listener = new AppointmentNotificationsListener(config, patientsWithAccount, doctors);

  it('tells the patient and the doctor of a booking, each with their own link, in the clinic’s zone', async () => {
    const { notifications, live } = await listener.handle(published(DomainEventType.AppointmentBooked));
    expect(live).toEqual([]);
    expect(notifications).toEqual([
      expect.objectContaining({
        userId: patientUserId,
        category: 'appointments',
        type: 'appointment.booked',
        title: 'Appointment booked',
        body: expect.stringMatching(
          /^Your appointment with Dr Dana Okafor on Monday.*7 December 2026.*09:30 \(Europe\/Berlin\)\.$/,
        ),
        link: `/portal/appointments/${appointmentId}`,
        data: { appointmentId, startsAt: changed.startsAt },
      }),
      expect.objectContaining({ userId: doctorUserId, link: `/staff/appointments/${appointmentId}` }),
    ]);
  });

  it('chooses the audience by event: a check-in for the doctor, a confirmation for the patient', async () => {
    const checkedIn = await listener.handle(published(DomainEventType.AppointmentCheckedIn));
    expect(checkedIn.notifications.map((draft) => draft.userId)).toEqual([doctorUserId]);
    const confirmed = await listener.handle(published(DomainEventType.AppointmentConfirmed));
    expect(confirmed.notifications.map((draft) => draft.title)).toEqual(['Appointment confirmed']);
  });

  it('sends a due reminder to the patient as a reminder', async () => {
    const reminder = { appointmentId, doctorId, patientId, startsAt: changed.startsAt, leadMinutes: 1440 };
    const { notifications } = await listener.handle(
      published(DomainEventType.AppointmentReminderDue, reminder),
    );
    expect(notifications).toEqual([
      expect.objectContaining({
        userId: patientUserId,
        category: 'reminders',
        title: 'Appointment reminder',
      }),
    ]);
  });

  it('skips a patient without an account, and an event whose doctor is unknown', async () => {
    const desk = new AppointmentNotificationsListener(config, patientsAtTheDesk, doctors);
    const booked = await desk.handle(published(DomainEventType.AppointmentBooked));
    expect(booked.notifications.map((draft) => draft.userId)).toEqual([doctorUserId]);
    const unknown = await listener.handle(
      published(DomainEventType.AppointmentBooked, { ...changed, doctorId: randomUUID() }),
    );
    expect(unknown.notifications).toEqual([]);
  });

  it('handles appointment events only, and not a visit’s start', () => {
    expect(listener.handles(DomainEventType.AppointmentCancelled)).toBe(true);
    expect(listener.handles(DomainEventType.AppointmentStarted)).toBe(false);
  });
});
