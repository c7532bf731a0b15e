import type { Page } from '@healthsync/contracts/common';
import type { DoctorListQuery, UpdateDoctorProfileDto } from '@healthsync/contracts/scheduling';
import type { AvailabilityException, WeeklyRule } from '@healthsync/domain/scheduling';

import type { Transaction } from '../../database/unit-of-work';
import type { DoctorEntity } from '../accounts/doctor.entity';
import type { AvailabilityExceptionEntity, AvailabilityRuleEntity } from './availability.entities';

/** A doctor's profile with the name of their account. */
export interface DoctorRecord {
  doctor: DoctorEntity;
  firstName: string;
  lastName: string;
}

/** A doctor's weekly rules (by weekday and start) and exceptions (by date), as stored. */
export interface StoredSchedule {
  rules: AvailabilityRuleEntity[];
  exceptions: AvailabilityExceptionEntity[];
}

export type NewException = AvailabilityException & { reason?: string };

/** Doctors' profiles and schedules. */
export abstract class DoctorsRepository {
  /** The same queries, run in `tx`. */
  abstract in(tx: Transaction): DoctorsRepository;

  /** Active doctors (their account is a doctor's and active), by specialty and name. */
  abstract list(query: DoctorListQuery): Promise<Page<DoctorRecord>>;

  /** An active doctor. */
  abstract find(doctorId: string): Promise<DoctorRecord | null>;

  /** The doctor profile of a user account, whatever the account's role now. */
  abstract doctorIdOfUser(userId: string): Promise<string | null>;

  abstract updateProfile(doctorId: string, changes: UpdateDoctorProfileDto): Promise<void>;

  abstract schedule(doctorId: string): Promise<StoredSchedule>;

  /** Replaces the whole weekly pattern; overlapping windows are refused by the database too. */
  abstract replaceRules(doctorId: string, rules: WeeklyRule[]): Promise<void>;

  abstract addException(doctorId: string, exception: NewException): Promise<AvailabilityExceptionEntity>;

  /** False when the doctor has no such exception. */
  abstract removeException(doctorId: string, exceptionId: string): Promise<boolean>;

  /** Null for a doctor that does not exist. */
  abstract scheduleVersion(doctorId: string): Promise<string | null>;

  /** Makes every cached slot list of the doctor's stale; done in the transaction that changes their free time. */
  abstract bumpScheduleVersion(doctorId: string): Promise<void>;
}
