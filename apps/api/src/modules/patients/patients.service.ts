import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext } from '../../common/auth/auth-context';
import { PatientAccessPolicy } from './patient-access.policy';
import { PatientEntity } from './patient.entity';

export class PatientNotFound extends DomainError<CommonErrorCode.NotFound> {
  constructor() {
    super('not_found', CommonErrorCode.NotFound, 'No such patient.');
  }
}

@Injectable()
export class PatientsService {
  constructor(
    @InjectRepository(PatientEntity) private readonly patients: Repository<PatientEntity>,
    private readonly policy: PatientAccessPolicy,
  ) {}

  /** The patient, if the caller may see them; otherwise the same 404 as for one that does not exist. */
  async get(auth: AuthContext, patientId: string): Promise<PatientEntity> {
    const patient = await this.patients.findOneBy({ id: patientId });
    if (!patient || !this.policy.canView(auth, patient)) throw new PatientNotFound();
    return patient;
  }

  async mine(auth: AuthContext): Promise<PatientEntity> {
    const patient = await this.patients.findOneBy({ userId: auth.userId });
    if (!patient) throw new PatientNotFound();
    return patient;
  }
}
