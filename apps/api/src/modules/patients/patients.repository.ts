import type { Page } from '@healthsync/contracts/common';
import type { PatientSearchQuery } from '@healthsync/contracts/patients';

import type { Transaction } from '../../database/unit-of-work';
import type { PatientEntity } from './patient.entity';

/** Which patients a search may return: all, those of a list (a doctor's care), or the caller's own record. */
export type PatientScope =
  { kind: 'all' } | { kind: 'among'; patientIds: readonly string[] } | { kind: 'self'; userId: string };

/** Column values of a new patient or of a change; the database assigns id, MRN, version and times. */
export type PatientValues = Partial<
  Omit<PatientEntity, 'id' | 'mrn' | 'userId' | 'version' | 'createdAt' | 'updatedAt'>
>;

export type NewPatient = PatientValues & Pick<PatientEntity, 'firstName' | 'lastName' | 'dateOfBirth'>;

/** Patients' records (demographics and contact details). */
export abstract class PatientsRepository {
  /** The same queries, run in `tx`. */
  abstract in(tx: Transaction): PatientsRepository;

  abstract findById(id: string): Promise<PatientEntity | null>;

  abstract findByUserId(userId: string): Promise<PatientEntity | null>;

  /** Patients with the same first and last name (whatever their case) and date of birth, oldest first. */
  abstract findSameNameAndBirthDate(
    firstName: string,
    lastName: string,
    dateOfBirth: string,
  ): Promise<PatientEntity[]>;

  /** The new patient as stored, with the MRN and defaults the database assigned. */
  abstract insert(values: NewPatient): Promise<PatientEntity>;

  /** Applies the change if the record is still at `version`; false when someone changed it first. */
  abstract updateAtVersion(id: string, version: number, values: PatientValues): Promise<boolean>;

  /** Applies the change whatever the version (bumping it), for the patient's own contact details. */
  abstract update(id: string, values: PatientValues): Promise<void>;

  /**
   * Filters combine with AND. With `q`, names that start with it come first, then names with a word
   * that starts with it, then names that merely look alike, each group best match first; `sort`
   * orders equally good matches.
   */
  abstract search(query: PatientSearchQuery, scope: PatientScope): Promise<Page<PatientEntity>>;
}
