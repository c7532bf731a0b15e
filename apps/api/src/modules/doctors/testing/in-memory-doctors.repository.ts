import { randomUUID } from 'node:crypto';

import type { Page } from '@healthsync/contracts/common';
import type { DoctorListQuery, UpdateDoctorProfileDto } from '@healthsync/contracts/scheduling';
import type { WeeklyRule } from '@healthsync/domain/scheduling';

import { pageOf } from '../../../database/testing/page-of';
import type { Transaction } from '../../../database/unit-of-work';
import type { DoctorEntity } from '../../accounts/doctor.entity';
import type { AvailabilityExceptionEntity, AvailabilityRuleEntity } from '../availability.entities';
import {
  DoctorsRepository,
  type DoctorRecord,
  type NewException,
  type StoredSchedule,
} from '../doctors.repository';

/** A doctor's profile with the defaults the database gives, changed by `overrides`. */
export function doctorRecord(
  overrides: Partial<DoctorEntity> = {},
  name = { firstName: 'Dora', lastName: 'Doc' },
) {
  const doctor = {
    id: randomUUID(),
    userId: randomUUID(),
    specialty: 'General practice',
    licenceNumber: `LIC-${randomUUID().slice(0, 8)}`,
    bio: '',
    languages: [],
    consultationFeeMinor: 6000,
    currency: 'EUR',
    defaultSlotMinutes: 30,
    bufferMinutes: 0,
    minNoticeMinutes: 0,
    dailyCap: null,
    scheduleVersion: '1',
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  } as DoctorEntity;
  return { doctor, ...name } satisfies DoctorRecord;
}

/** Doctors and their schedules in memory; the exclusion constraint on one weekday's windows is not modelled. */
export class InMemoryDoctorsRepository extends DoctorsRepository {
  readonly doctors = new Map<string, DoctorRecord>();
  readonly rules: AvailabilityRuleEntity[] = [];
  readonly exceptions: AvailabilityExceptionEntity[] = [];
  /** Fails the next exception insert, as the database would on a second day off for one date. */
  refuseNextException: Error | null = null;

  in(_tx: Transaction): DoctorsRepository {
    return this;
  }

  add(record: DoctorRecord = doctorRecord()): DoctorRecord {
    this.doctors.set(record.doctor.id, record);
    return record;
  }

  async list(query: DoctorListQuery): Promise<Page<DoctorRecord>> {
    const items = [...this.doctors.values()].filter(
      (record) => !query.specialty || record.doctor.specialty.toLowerCase() === query.specialty.toLowerCase(),
    );
    return pageOf(items, query);
  }

  async find(doctorId: string): Promise<DoctorRecord | null> {
    return this.doctors.get(doctorId) ?? null;
  }

  async doctorIdOfUser(userId: string): Promise<string | null> {
    return [...this.doctors.values()].find((record) => record.doctor.userId === userId)?.doctor.id ?? null;
  }

  async updateProfile(doctorId: string, changes: UpdateDoctorProfileDto): Promise<void> {
    const record = this.doctors.get(doctorId);
    if (record) Object.assign(record.doctor, changes);
  }

  async schedule(doctorId: string): Promise<StoredSchedule> {
    return {
      rules: this.rules.filter((rule) => rule.doctorId === doctorId),
      exceptions: this.exceptions.filter((exception) => exception.doctorId === doctorId),
    };
  }

  async replaceRules(doctorId: string, rules: WeeklyRule[]): Promise<void> {
    const others = this.rules.filter((rule) => rule.doctorId !== doctorId);
    this.rules.splice(
      0,
      this.rules.length,
      ...others,
      ...rules.map((rule) => ({
        id: randomUUID(),
        doctorId,
        weekday: rule.weekday,
        startTime: `${rule.start}:00`,
        endTime: `${rule.end}:00`,
        slotMinutes: rule.slotMinutes,
        appointmentTypes: rule.appointmentTypes ?? null,
      })),
    );
  }

  async addException(doctorId: string, exception: NewException): Promise<AvailabilityExceptionEntity> {
    const refusal = this.refuseNextException;
    this.refuseNextException = null;
    if (refusal) throw refusal;
    const stored = {
      id: randomUUID(),
      doctorId,
      date: exception.date,
      kind: exception.kind,
      startTime: exception.start ? `${exception.start}:00` : null,
      endTime: exception.end ? `${exception.end}:00` : null,
      slotMinutes: exception.slotMinutes ?? null,
      reason: exception.reason ?? null,
    };
    this.exceptions.push(stored);
    return stored;
  }

  async removeException(doctorId: string, exceptionId: string): Promise<boolean> {
    const index = this.exceptions.findIndex(
      (exception) => exception.id === exceptionId && exception.doctorId === doctorId,
    );
    if (index < 0) return false;
    this.exceptions.splice(index, 1);
    return true;
  }

  async scheduleVersion(doctorId: string): Promise<string | null> {
    return this.doctors.get(doctorId)?.doctor.scheduleVersion ?? null;
  }

  async bumpScheduleVersion(doctorId: string): Promise<void> {
    const record = this.doctors.get(doctorId);
    if (record) record.doctor.scheduleVersion = String(Number(record.doctor.scheduleVersion) + 1);
  }
}
