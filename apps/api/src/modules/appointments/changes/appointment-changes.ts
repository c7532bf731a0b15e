import { Injectable } from '@nestjs/common';

import type { AuthContext } from '../../../common/auth/auth-context';
import { UnitOfWork, type Transaction } from '../../../database/unit-of-work';
import { DoctorDirectory } from '../../doctors/doctor-directory';
import { EventOutbox } from '../../outbox/event-outbox.repository';
import { translateOverlap } from '../appointments.errors';
import { AppointmentsRepository, type Appointment } from '../appointments.repository';
import { appointmentChanged, type AppointmentChangeKind } from './appointment-events';

/** One change of an appointment, as its history and its event tell it. */
export interface RecordedChange {
  auth: AuthContext;
  kind: AppointmentChangeKind;
  /** Null for a new booking. */
  before: Appointment | null;
  after: Appointment;
  reason?: string;
  /** Extra facts for the history row and the event, e.g. `fromStartsAt` on a reschedule. */
  details?: { fromStartsAt?: string; fromHold?: boolean };
}

/** The appointments, bound to one transaction, and what every change writes alongside them. */
export class AppointmentChange {
  constructor(
    private readonly tx: Transaction,
    readonly appointments: AppointmentsRepository,
    private readonly events: EventOutbox,
    private readonly doctors: DoctorDirectory,
  ) {}

  /** The change's history row and domain event; the doctor's free time changed with it. */
  async record({ auth, kind, before, after, reason, details = {} }: RecordedChange): Promise<void> {
    await this.appointments.addTransition({
      appointmentId: after.id,
      fromStatus: before?.status ?? null,
      toStatus: after.status,
      action: kind,
      actorId: auth.userId,
      actorRole: auth.role,
      reason,
      details,
    });
    await this.events.publish(
      this.tx,
      appointmentChanged(kind, {
        appointmentId: after.id,
        doctorId: after.doctorId,
        patientId: after.patientId,
        type: after.type,
        startsAt: after.startsAt.toISOString(),
        endsAt: after.endsAt.toISOString(),
        from: before?.status ?? null,
        to: after.status,
        actorId: auth.userId,
        actorRole: auth.role,
        ...details,
      }),
    );
    await this.freeTimeChanged(after.doctorId);
  }

  /** For a hold taken or released: no history, but cached slot lists of the doctor's go stale. */
  freeTimeChanged(doctorId: string): Promise<void> {
    return this.doctors.freeTimeChanged(this.tx, doctorId);
  }
}

/**
 * Runs a change of appointments in one transaction with its history rows, its outbox events and the
 * bump of the doctor's schedule version. PostgreSQL's exclusion constraints decide races for a slot;
 * their refusals come back as SLOT_UNAVAILABLE or PATIENT_BUSY.
 */
@Injectable()
export class AppointmentChanges {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly appointments: AppointmentsRepository,
    private readonly events: EventOutbox,
    private readonly doctors: DoctorDirectory,
  ) {}

  async run<T>(work: (change: AppointmentChange) => Promise<T>): Promise<T> {
    try {
      return await this.unitOfWork.run((tx) =>
        work(new AppointmentChange(tx, this.appointments.in(tx), this.events, this.doctors)),
      );
    } catch (error) {
      throw translateOverlap(error);
    }
  }
}
