import { Injectable } from '@nestjs/common';

import type { Page } from '@healthsync/contracts/common';
import type {
  AvailabilityExceptionDto,
  DoctorListQuery,
  ReplaceAvailabilityDto,
  UpdateDoctorProfileDto,
} from '@healthsync/contracts/scheduling';
import { ScheduleErrorCode } from '@healthsync/contracts/scheduling';
import { DomainError } from '@healthsync/domain/errors';
import { validateExceptions, validateWeeklyRules, type Weekday } from '@healthsync/domain/scheduling';

import type { AuthContext } from '../../common/auth/auth-context';
import { describeDatabaseError } from '../../common/errors/database-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { DoctorAccessPolicy } from './doctor-access.policy';
import { DoctorNotFound } from './doctors.errors';
import { DoctorsRepository, type DoctorRecord } from './doctors.repository';
import {
  toAvailabilityView,
  toDoctorView,
  type AvailabilityView,
  type DoctorView,
} from './doctors.responses';

/**
 * Doctors' public profiles, and the schedules their owners and admins manage. Every change bumps the
 * doctor's schedule version in its own transaction, so cached slot lists of theirs go stale.
 */
@Injectable()
export class DoctorsService {
  constructor(
    private readonly doctors: DoctorsRepository,
    private readonly policy: DoctorAccessPolicy,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(query: DoctorListQuery): Promise<Page<DoctorView>> {
    const page = await this.doctors.list(query);
    return { ...page, items: page.items.map(toDoctorView) };
  }

  async get(doctorId: string): Promise<DoctorView> {
    return toDoctorView(await this.record(doctorId));
  }

  async updateProfile(doctorId: string, changes: UpdateDoctorProfileDto): Promise<DoctorView> {
    await this.record(doctorId);
    await this.changeSchedule(doctorId, (doctors) => doctors.updateProfile(doctorId, changes));
    return this.get(doctorId);
  }

  async availability(auth: AuthContext, doctorId: string): Promise<AvailabilityView> {
    this.policy.assertMayManageSchedule(auth, await this.record(doctorId));
    return toAvailabilityView(await this.doctors.schedule(doctorId));
  }

  async replaceRules(
    auth: AuthContext,
    doctorId: string,
    dto: ReplaceAvailabilityDto,
  ): Promise<AvailabilityView> {
    this.policy.assertMayManageSchedule(auth, await this.record(doctorId));
    const rules = dto.rules.map((rule) => ({
      ...rule,
      weekday: rule.weekday as Weekday,
      appointmentTypes: rule.appointmentTypes ?? null,
    }));
    validateWeeklyRules(rules);
    await this.changeSchedule(doctorId, (doctors) => doctors.replaceRules(doctorId, rules));
    return this.availability(auth, doctorId);
  }

  async addException(
    auth: AuthContext,
    doctorId: string,
    dto: AvailabilityExceptionDto,
  ): Promise<AvailabilityView> {
    this.policy.assertMayManageSchedule(auth, await this.record(doctorId));
    validateExceptions([dto]);
    try {
      await this.changeSchedule(doctorId, (doctors) => doctors.addException(doctorId, dto));
    } catch (error) {
      if (describeDatabaseError(error)?.status !== 409) throw error;
      throw new DomainError('conflict', ScheduleErrorCode.DayOffExists, 'That day is already a day off.');
    }
    return this.availability(auth, doctorId);
  }

  async removeException(auth: AuthContext, doctorId: string, exceptionId: string): Promise<AvailabilityView> {
    this.policy.assertMayManageSchedule(auth, await this.record(doctorId));
    const removed = await this.changeSchedule(doctorId, (doctors) =>
      doctors.removeException(doctorId, exceptionId),
    );
    if (!removed) {
      throw new DomainError('not_found', ScheduleErrorCode.ExceptionNotFound, 'No such exception.');
    }
    return this.availability(auth, doctorId);
  }

  /** The change and the bump of the doctor's schedule version, in one transaction. */
  private changeSchedule<T>(
    doctorId: string,
    change: (doctors: DoctorsRepository) => Promise<T>,
  ): Promise<T> {
    return this.unitOfWork.run(async (tx) => {
      const doctors = this.doctors.in(tx);
      const result = await change(doctors);
      await doctors.bumpScheduleVersion(doctorId);
      return result;
    });
  }

  private async record(doctorId: string): Promise<DoctorRecord> {
    const record = await this.doctors.find(doctorId);
    if (!record) throw new DoctorNotFound();
    return record;
  }
}
