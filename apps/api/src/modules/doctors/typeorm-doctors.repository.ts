import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import type { Page } from '@healthsync/contracts/common';
import type { DoctorListQuery, UpdateDoctorProfileDto } from '@healthsync/contracts/scheduling';
import type { WeeklyRule } from '@healthsync/domain/scheduling';

import { managerOf } from '../../database/typeorm-unit-of-work';
import type { Transaction } from '../../database/unit-of-work';
import { DoctorEntity } from '../accounts/doctor.entity';
import { UserEntity } from '../accounts/user.entity';
import { AvailabilityExceptionEntity, AvailabilityRuleEntity } from './availability.entities';
import {
  DoctorsRepository,
  type DoctorRecord,
  type NewException,
  type StoredSchedule,
} from './doctors.repository';

@Injectable()
export class TypeOrmDoctorsRepository extends DoctorsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): DoctorsRepository {
    return new TypeOrmDoctorsRepository(managerOf(tx));
  }

  async list(query: DoctorListQuery): Promise<Page<DoctorRecord>> {
    const builder = this.activeDoctors();
    if (query.ids) builder.andWhere('doctor.id IN (:...ids)', { ids: query.ids });
    if (query.specialty)
      builder.andWhere('lower(doctor.specialty) = lower(:specialty)', { specialty: query.specialty });
    if (query.q) {
      builder.andWhere(`(account.first_name || ' ' || account.last_name) ILIKE :name`, {
        name: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const total = await builder.getCount();
    const rows = await builder
      .orderBy('account.last_name', 'ASC')
      .addOrderBy('doctor.id', 'ASC')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit)
      .getRawAndEntities();
    return {
      items: rows.entities.map((doctor, index) => toRecord(doctor, rows.raw[index])),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  async find(doctorId: string): Promise<DoctorRecord | null> {
    const rows = await this.activeDoctors()
      .andWhere('doctor.id = :doctorId', { doctorId })
      .getRawAndEntities();
    const [doctor] = rows.entities;
    return doctor ? toRecord(doctor, rows.raw[0]) : null;
  }

  async doctorIdOfUser(userId: string): Promise<string | null> {
    const doctor = await this.db
      .getRepository(DoctorEntity)
      .findOne({ where: { userId }, select: { id: true } });
    return doctor?.id ?? null;
  }

  async updateProfile(doctorId: string, changes: UpdateDoctorProfileDto): Promise<void> {
    await this.db.getRepository(DoctorEntity).update({ id: doctorId }, changes);
  }

  async schedule(doctorId: string): Promise<StoredSchedule> {
    const [rules, exceptions] = await Promise.all([
      this.db
        .getRepository(AvailabilityRuleEntity)
        .find({ where: { doctorId }, order: { weekday: 'ASC', startTime: 'ASC' } }),
      this.db
        .getRepository(AvailabilityExceptionEntity)
        .find({ where: { doctorId }, order: { date: 'ASC', startTime: 'ASC' } }),
    ]);
    return { rules, exceptions };
  }

  async replaceRules(doctorId: string, rules: WeeklyRule[]): Promise<void> {
    const repository = this.db.getRepository(AvailabilityRuleEntity);
    await repository.delete({ doctorId });
    await repository.save(
      rules.map((rule) => ({
        doctorId,
        weekday: rule.weekday,
        startTime: rule.start,
        endTime: rule.end,
        slotMinutes: rule.slotMinutes,
        appointmentTypes: rule.appointmentTypes ?? null,
      })),
    );
  }

  addException(doctorId: string, exception: NewException): Promise<AvailabilityExceptionEntity> {
    return this.db.getRepository(AvailabilityExceptionEntity).save({
      doctorId,
      date: exception.date,
      kind: exception.kind,
      startTime: exception.start ?? null,
      endTime: exception.end ?? null,
      slotMinutes: exception.slotMinutes ?? null,
      reason: exception.reason ?? null,
    });
  }

  async removeException(doctorId: string, exceptionId: string): Promise<boolean> {
    const result = await this.db
      .getRepository(AvailabilityExceptionEntity)
      .delete({ id: exceptionId, doctorId });
    return (result.affected ?? 0) > 0;
  }

  async scheduleVersion(doctorId: string): Promise<string | null> {
    const doctor = await this.db
      .getRepository(DoctorEntity)
      .findOne({ where: { id: doctorId }, select: { scheduleVersion: true } });
    return doctor?.scheduleVersion ?? null;
  }

  async bumpScheduleVersion(doctorId: string): Promise<void> {
    await this.db.query('UPDATE doctors SET schedule_version = schedule_version + 1 WHERE id = $1', [
      doctorId,
    ]);
  }

  private activeDoctors() {
    return this.db
      .getRepository(DoctorEntity)
      .createQueryBuilder('doctor')
      .innerJoin(UserEntity, 'account', 'account.id = doctor.user_id')
      .addSelect('account.first_name', 'doctor_first_name')
      .addSelect('account.last_name', 'doctor_last_name')
      .where(`account.role = 'doctor' AND account.status = 'active'`);
  }
}

function toRecord(doctor: DoctorEntity, raw: Record<string, string> | undefined): DoctorRecord {
  return { doctor, firstName: raw?.['doctor_first_name'] ?? '', lastName: raw?.['doctor_last_name'] ?? '' };
}
