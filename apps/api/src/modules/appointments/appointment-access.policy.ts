import { Injectable } from '@nestjs/common';

import { Role } from '@healthsync/contracts/auth';
import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext } from '../../common/auth/auth-context';
import { PatientIdentities } from '../accounts/patient-identities.repository';
import { DoctorDirectory } from '../doctors/doctor-directory';
import { AppointmentNotFound } from './appointments.errors';
import type { Appointment, AppointmentScope, AppointmentsRepository } from './appointments.repository';

export interface Relation {
  isOwnPatient: boolean;
  isOwnDoctor: boolean;
}

/**
 * Who may see which appointments: front desk and admins all of them, a doctor their own, a patient
 * theirs. Anything else is "not found", so ids of other people's appointments reveal nothing.
 */
@Injectable()
export class AppointmentAccessPolicy {
  constructor(
    private readonly patients: PatientIdentities,
    private readonly doctors: DoctorDirectory,
  ) {}

  async scope(auth: AuthContext): Promise<AppointmentScope> {
    if (auth.role === Role.Doctor)
      return { kind: 'doctor', doctorId: (await this.ownDoctorId(auth)) ?? 'none' };
    if (auth.role === Role.Patient)
      return { kind: 'patient', patientId: (await this.ownPatientId(auth)) ?? 'none' };
    return { kind: 'all' };
  }

  /** The caller's relation to a visible appointment; a 404 for one they may not see. */
  async relationTo(auth: AuthContext, appointment: Appointment): Promise<Relation> {
    return this.relationWithin(await this.scope(auth), appointment);
  }

  /**
   * The same, for a scope read beforehand: inside a transaction nothing may query through another
   * connection (the embedded PostgreSQL runs one statement at a time and would wait on itself).
   */
  relationWithin(scope: AppointmentScope, appointment: Appointment): Relation {
    const relation = {
      isOwnDoctor: scope.kind === 'doctor' && scope.doctorId === appointment.doctorId,
      isOwnPatient: scope.kind === 'patient' && scope.patientId === appointment.patientId,
    };
    if (scope.kind !== 'all' && !relation.isOwnDoctor && !relation.isOwnPatient)
      throw new AppointmentNotFound();
    if (appointment.status === 'held' && !relation.isOwnPatient && !this.seesHolds(scope))
      throw new AppointmentNotFound();
    return relation;
  }

  /**
   * Holds are seen by the front desk and admins (who may release them) and by the patient holding
   * them (a patient's scope shows only their own); a doctor sees an appointment once it is booked.
   */
  seesHolds(scope: AppointmentScope): boolean {
    return scope.kind !== 'doctor';
  }

  /** Staff see who made a change by user id as well; a patient sees staff by name and role only. */
  seesActorIds(auth: AuthContext): boolean {
    return auth.role !== Role.Patient;
  }

  /** The patient an appointment is booked for: a patient books for themselves, staff name the patient. */
  async patientFor(auth: AuthContext, requestedPatientId: string | undefined): Promise<string> {
    if (auth.role === Role.Patient) {
      const own = await this.ownPatientId(auth);
      if (!own || (requestedPatientId && requestedPatientId !== own)) {
        throw new DomainError('forbidden', CommonErrorCode.Forbidden, 'Patients book for themselves only.');
      }
      return own;
    }
    if (!requestedPatientId) {
      const message = 'patientId is required when staff book.';
      throw new DomainError('invalid', CommonErrorCode.ValidationFailed, message, {
        errors: [{ field: 'patientId', message }],
      });
    }
    if (!(await this.patients.exists(requestedPatientId)))
      throw new DomainError('not_found', CommonErrorCode.NotFound, 'No such patient.');
    return requestedPatientId;
  }

  private ownPatientId(auth: AuthContext): Promise<string | null> {
    return this.patients.patientIdOfUser(auth.userId);
  }

  private ownDoctorId(auth: AuthContext): Promise<string | null> {
    return this.doctors.doctorIdOfUser(auth.userId);
  }
}

/** The appointment, if the caller may see it; otherwise the same 404 as for one that does not exist. */
export async function findVisible(
  appointments: AppointmentsRepository,
  policy: AppointmentAccessPolicy,
  auth: AuthContext,
  id: string,
): Promise<Appointment> {
  const appointment = await appointments.findById(id);
  if (!appointment) throw new AppointmentNotFound();
  await policy.relationTo(auth, appointment);
  return appointment;
}
