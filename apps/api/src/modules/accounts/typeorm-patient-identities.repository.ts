import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { PatientEntity } from '../patients/patient.entity';
import { PatientIdentities } from './patient-identities.repository';

@Injectable()
export class TypeOrmPatientIdentities extends PatientIdentities {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  async patientIdOfUser(userId: string): Promise<string | null> {
    const patient = await this.patients().findOne({ where: { userId }, select: { id: true } });
    return patient?.id ?? null;
  }

  exists(patientId: string): Promise<boolean> {
    return this.patients().existsBy({ id: patientId });
  }

  async userIdOfPatient(patientId: string): Promise<string | null> {
    const patient = await this.patients().findOne({ where: { id: patientId }, select: { userId: true } });
    return patient?.userId ?? null;
  }

  private patients() {
    return this.db.getRepository(PatientEntity);
  }
}
