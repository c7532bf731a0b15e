import { Injectable } from '@nestjs/common';

import { Role } from '@healthsync/contracts/auth';

import type { AuthContext } from '../../common/auth/auth-context';
import { CareRelationshipQuery } from '../appointments/care-relationship.query';
import type { PatientEntity } from './patient.entity';
import type { PatientScope } from './patients.repository';

/**
 * Who may see what of a patient, in one place. Demographics: admins and the front desk, any patient;
 * a doctor, patients in their care (the appointments module's CareRelationshipQuery); a patient, only
 * themselves. The medical history: the same minus the front desk, and only a doctor in the care
 * relationship writes it. Whoever may not see a patient is told the patient does not exist.
 */
@Injectable()
export class PatientAccessPolicy {
  constructor(private readonly care: CareRelationshipQuery) {}

  async canView(auth: AuthContext, patient: PatientEntity): Promise<boolean> {
    switch (auth.role) {
      case Role.Admin:
      case Role.Receptionist:
        return true;
      case Role.Patient:
        return patient.userId === auth.userId;
      case Role.Doctor:
        return this.care.includes(auth.userId, patient.id);
    }
  }

  /** Clinical data; receptionists' routes to it answer 403 before this is asked. */
  async canReadMedicalHistory(auth: AuthContext, patient: PatientEntity): Promise<boolean> {
    return auth.role !== Role.Receptionist && this.canView(auth, patient);
  }

  async canWriteMedicalHistory(auth: AuthContext, patient: PatientEntity): Promise<boolean> {
    return auth.role === Role.Doctor && this.canView(auth, patient);
  }

  /** The patients a search by this caller may return. */
  async searchScope(auth: AuthContext): Promise<PatientScope> {
    switch (auth.role) {
      case Role.Admin:
      case Role.Receptionist:
        return { kind: 'all' };
      case Role.Doctor:
        return { kind: 'among', patientIds: await this.care.patientsOf(auth.userId) };
      case Role.Patient:
        return { kind: 'self', userId: auth.userId };
    }
  }
}
