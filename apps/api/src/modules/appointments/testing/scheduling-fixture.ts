import { randomUUID } from 'node:crypto';

import { Role } from '@healthsync/contracts/auth';
import { AppointmentStatus } from '@healthsync/domain/appointments';
import type { Weekday } from '@healthsync/domain/scheduling';

import type { AppCache } from '../../../cache/app-cache';
import type { AuthContext } from '../../../common/auth/auth-context';
import type { AppConfig } from '../../../config/app-config';
import { InMemoryUnitOfWork } from '../../../database/testing/in-memory-unit-of-work';
import { InMemoryPatientIdentities } from '../../accounts/testing/in-memory-patient-identities';
import { DoctorDirectory } from '../../doctors/doctor-directory';
import type { DoctorRecord } from '../../doctors/doctors.repository';
import { doctorRecord, InMemoryDoctorsRepository } from '../../doctors/testing/in-memory-doctors.repository';
import { InMemoryEventOutbox } from '../../outbox/testing/in-memory-event-outbox';
import { AppointmentAccessPolicy } from '../appointment-access.policy';
import type { Appointment } from '../appointments.repository';
import { AppointmentChanges } from '../changes/appointment-changes';
import { SlotsService } from '../slots/slots.service';
import { InMemoryAppointmentsRepository } from './in-memory-appointments.repository';

const DAY_MS = 86_400_000;
const ALL_WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** A cache that always loads: the specs see the slots as the database has them. */
const noCache = { getOrLoad: <T>(_key: string, load: () => Promise<T>) => load() } as AppCache;

export const caller = (role: Role, userId: string = randomUUID()): AuthContext => ({
  userId,
  role,
  sessionId: 'session',
});

/** A UTC instant `days` from now at `hour`:00, on the clinic's (UTC) half-hour grid. */
export function slotAt(days: number, hour: number): Date {
  const day = new Date(Date.now() + days * DAY_MS);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour));
}

/**
 * The appointments module's use cases on in-memory ports: one clinic in UTC, a doctor who works
 * 08:00–18:00 every day in 30-minute slots, a patient with a portal account and one without.
 */
export function schedulingFixture() {
  const config = {
    clinicTimeZone: 'UTC',
    bookingLeadMinutes: 0,
    bookingHorizonDays: 90,
  } as AppConfig;
  const appointments = new InMemoryAppointmentsRepository();
  const doctorsRepository = new InMemoryDoctorsRepository();
  const doctors = new DoctorDirectory(doctorsRepository);
  const events = new InMemoryEventOutbox();
  const patients = new InMemoryPatientIdentities();
  const policy = new AppointmentAccessPolicy(patients, doctors);
  const slots = new SlotsService(doctors, appointments, noCache, config);
  const changes = new AppointmentChanges(new InMemoryUnitOfWork(), appointments, events, doctors);

  const doctor = addDoctor();
  const patientUser = randomUUID();
  const patientId = randomUUID();
  const deskPatientId = randomUUID();
  patients.add(patientId, patientUser).add(deskPatientId);

  function addDoctor(): DoctorRecord {
    const record = doctorsRepository.add(doctorRecord());
    void doctorsRepository.replaceRules(
      record.doctor.id,
      ALL_WEEK.map((weekday) => ({ weekday, start: '08:00', end: '18:00', slotMinutes: 30 })),
    );
    return record;
  }

  /** An appointment stored earlier, scheduled by default, for the fixture's doctor and patient. */
  function existing(overrides: Partial<Appointment> = {}): Appointment {
    const startsAt = overrides.startsAt ?? slotAt(2, 10);
    const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
    return appointments.seed({
      id: randomUUID(),
      doctorId: doctor.doctor.id,
      patientId,
      type: 'consultation',
      status: AppointmentStatus.Scheduled,
      startsAt,
      endsAt,
      busyUntil: endsAt,
      holdExpiresAt: null,
      reason: null,
      videoLink: null,
      feeMinor: 6000,
      currency: 'EUR',
      cancellationReason: null,
      checkedInAt: null,
      createdBy: null,
      version: 1,
      ...overrides,
    });
  }

  return {
    config,
    appointments,
    doctorsRepository,
    doctors,
    events,
    patients,
    policy,
    slots,
    changes,
    doctor,
    patientId,
    deskPatientId,
    patient: caller(Role.Patient, patientUser),
    receptionist: caller(Role.Receptionist),
    doctorUser: caller(Role.Doctor, doctor.doctor.userId),
    addDoctor,
    existing,
  };
}
