import { randomUUID } from 'node:crypto';

import type { Page } from '@healthsync/contracts/common';
import { Sex, type PatientSearchQuery } from '@healthsync/contracts/patients';

import { pageOf } from '../../../database/testing/page-of';
import type { Transaction } from '../../../database/unit-of-work';
import type { PatientEntity } from '../patient.entity';
import {
  PatientsRepository,
  type NewPatient,
  type PatientScope,
  type PatientValues,
} from '../patients.repository';

/**
 * Patients in memory, with what the database assigns (id, MRN, version) and the version check of a
 * change. Search filters by scope and ids only; name matching is the real PostgreSQL's (integration tests).
 */
export class InMemoryPatientsRepository extends PatientsRepository {
  readonly patients = new Map<string, PatientEntity>();
  private nextMrn = 1000;

  in(_tx: Transaction): PatientsRepository {
    return this;
  }

  async findById(id: string): Promise<PatientEntity | null> {
    return this.copy(this.patients.get(id));
  }

  async findByUserId(userId: string): Promise<PatientEntity | null> {
    return this.copy([...this.patients.values()].find((patient) => patient.userId === userId));
  }

  async findSameNameAndBirthDate(
    firstName: string,
    lastName: string,
    dateOfBirth: string,
  ): Promise<PatientEntity[]> {
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    return [...this.patients.values()].filter(
      (patient) =>
        patient.dateOfBirth === dateOfBirth &&
        same(patient.firstName, firstName) &&
        same(patient.lastName, lastName),
    );
  }

  async insert(values: NewPatient, userId: string | null = null): Promise<PatientEntity> {
    const patient = {
      id: randomUUID(),
      userId,
      mrn: `MRN-${(this.nextMrn += 1)}`,
      sex: Sex.Unknown,
      phone: null,
      email: null,
      addressLine1: null,
      addressLine2: null,
      addressCity: null,
      addressPostcode: null,
      addressCountry: null,
      emergencyContact: null,
      insurancePayer: null,
      insuranceMemberId: null,
      preferredLanguage: null,
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
      ...values,
    } as PatientEntity;
    this.patients.set(patient.id, patient);
    return { ...patient };
  }

  async updateAtVersion(id: string, version: number, values: PatientValues): Promise<boolean> {
    const patient = this.patients.get(id);
    if (!patient || patient.version !== version) return false;
    Object.assign(patient, values, { version: version + 1 });
    return true;
  }

  async update(id: string, values: PatientValues): Promise<void> {
    const patient = this.patients.get(id);
    if (patient) Object.assign(patient, values, { version: patient.version + 1 });
  }

  async search(query: PatientSearchQuery, scope: PatientScope): Promise<Page<PatientEntity>> {
    const found = [...this.patients.values()]
      .filter((patient) => {
        if (scope.kind === 'among') return scope.patientIds.includes(patient.id);
        if (scope.kind === 'self') return patient.userId === scope.userId;
        return true;
      })
      .filter((patient) => !query.ids || query.ids.includes(patient.id));
    return pageOf(found, query);
  }

  private copy(patient: PatientEntity | undefined): PatientEntity | null {
    return patient ? { ...patient } : null;
  }
}
