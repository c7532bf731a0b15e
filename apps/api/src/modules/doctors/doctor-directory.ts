import { Injectable } from '@nestjs/common';

import type { AvailabilityException, WeeklyRule } from '@healthsync/domain/scheduling';

import type { Transaction } from '../../database/unit-of-work';
import { toException, toWeeklyRule } from './availability.mapper';
import { DoctorsRepository, type DoctorRecord } from './doctors.repository';

/** A doctor's availability in the domain's terms, as slot generation takes it. */
export interface WeeklySchedule {
  rules: WeeklyRule[];
  exceptions: AvailabilityException[];
}

/**
 * What other modules may ask of the doctors module: who a doctor is, their schedule and its version,
 * and telling it that a doctor's free time changed. Nothing else reads or writes doctors' tables.
 */
@Injectable()
export class DoctorDirectory {
  constructor(private readonly doctors: DoctorsRepository) {}

  /** An active doctor with their name and booking rules. */
  find(doctorId: string): Promise<DoctorRecord | null> {
    return this.doctors.find(doctorId);
  }

  /** The doctor profile of a user account. */
  doctorIdOfUser(userId: string): Promise<string | null> {
    return this.doctors.doctorIdOfUser(userId);
  }

  async weeklySchedule(doctorId: string): Promise<WeeklySchedule> {
    const { rules, exceptions } = await this.doctors.schedule(doctorId);
    return { rules: rules.map(toWeeklyRule), exceptions: exceptions.map(toException) };
  }

  /** Changes whenever the doctor's free slots may have: null for a doctor that does not exist. */
  scheduleVersion(doctorId: string): Promise<string | null> {
    return this.doctors.scheduleVersion(doctorId);
  }

  /** In the transaction that takes or frees some of the doctor's time: cached slot lists of theirs go stale. */
  freeTimeChanged(tx: Transaction, doctorId: string): Promise<void> {
    return this.doctors.in(tx).bumpScheduleVersion(doctorId);
  }
}
