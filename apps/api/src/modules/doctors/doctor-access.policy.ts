import { Injectable } from '@nestjs/common';

import { Role } from '@healthsync/contracts/auth';
import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext } from '../../common/auth/auth-context';
import type { DoctorRecord } from './doctors.repository';

/** A doctor manages their own schedule; an admin manages anyone's. */
@Injectable()
export class DoctorAccessPolicy {
  assertMayManageSchedule(auth: AuthContext, record: DoctorRecord): void {
    const own = auth.role === Role.Doctor && record.doctor.userId === auth.userId;
    if (auth.role !== Role.Admin && !own) {
      throw new DomainError(
        'forbidden',
        CommonErrorCode.Forbidden,
        "Only the doctor and admins manage a doctor's schedule.",
      );
    }
  }
}
