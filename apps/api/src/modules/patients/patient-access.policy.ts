import { Injectable } from '@nestjs/common';

import { Role } from '@healthsync/contracts/auth';

import type { AuthContext } from '../../common/auth/auth-context';
import type { PatientEntity } from './patient.entity';

/**
 * Who may see a patient: staff at the front desk and admins, any patient; a doctor, patients they
 * have or had an appointment with (appointments arrive with the scheduling module: until then, none);
 * a patient, only themselves. Everyone else is told the patient does not exist.
 */
@Injectable()
export class PatientAccessPolicy {
  canView(auth: AuthContext, patient: PatientEntity): boolean {
    switch (auth.role) {
      case Role.Admin:
      case Role.Receptionist:
        return true;
      case Role.Patient:
        return patient.userId === auth.userId;
      case Role.Doctor:
        return false;
    }
  }
}
