import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import type { Page } from '@healthsync/contracts/common';
import type { DoctorListQuery, UpdateDoctorProfileDto } from '@healthsync/contracts/scheduling';
import { ACTIVE_STATUSES } from '@healthsync/domain/appointments';
import type { AvailabilityException, BusyInterval, Weekday, WeeklyRule } from '@healthsync/domain/scheduling';

import { DoctorEntity } from '../accounts/doctor.entity';
import { UserEntity } from '../accounts/user.entity';
import { AvailabilityExceptionEntity, AvailabilityRuleEntity } from './availability.entities';

export interface DoctorRecord {
  doctor: DoctorEntity;
  firstName: string;
  lastName: string;
}

const hhmm = (time: string) => time.slice(0, 5);

export function toWeeklyRule(rule: AvailabilityRuleEntity): WeeklyRule {
  return {
    weekday: rule.weekday as Weekday,
    start: hhmm(rule.startTime),
    end: hhmm(rule.endTime),
    slotMinutes: rule.slotMinutes,
    appointmentTypes: rule.appointmentTypes,
  };
}

export function toException(exception: AvailabilityExceptionEntity): AvailabilityException {
  return {
    date: exception.date,
    kind: exception.kind,
    ...(exception.startTime ? { start: hhmm(exception.startTime) } : {}),
    ...(exception.endTime ? { end: hhmm(exception.endTime) } : {}),
    ...(exception.slotMinutes ? { slotMinutes: exception.slotMinutes } : {}),
  };
}

/** Doctors' profiles and schedules: the only place that knows their tables. */
@Injectable()
export class DoctorsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Active doctors (their account is a doctor's and active), by specialty and name. */
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

  async findByUser(userId: string): Promise<DoctorEntity | null> {
    return this.db.getRepository(DoctorEntity).findOneBy({ userId });
  }

  async updateProfile(doctorId: string, changes: UpdateDoctorProfileDto): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.getRepository(DoctorEntity).update({ id: doctorId }, changes);
      await this.bumpScheduleVersion(tx, doctorId);
    });
  }

  async schedule(
    doctorId: string,
  ): Promise<{ rules: AvailabilityRuleEntity[]; exceptions: AvailabilityExceptionEntity[] }> {
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

  /** Replaces the whole weekly pattern at once; the exclusion constraint refuses overlapping windows too. */
  async replaceRules(doctorId: string, rules: WeeklyRule[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      const repository = tx.getRepository(AvailabilityRuleEntity);
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
      await this.bumpScheduleVersion(tx, doctorId);
    });
  }

  addException(
    doctorId: string,
    exception: AvailabilityException & { reason?: string },
  ): Promise<AvailabilityExceptionEntity> {
    return this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(AvailabilityExceptionEntity).save({
        doctorId,
        date: exception.date,
        kind: exception.kind,
        startTime: exception.start ?? null,
        endTime: exception.end ?? null,
        slotMinutes: exception.slotMinutes ?? null,
        reason: exception.reason ?? null,
      });
      await this.bumpScheduleVersion(tx, doctorId);
      return saved;
    });
  }

  removeException(doctorId: string, exceptionId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const result = await tx
        .getRepository(AvailabilityExceptionEntity)
        .delete({ id: exceptionId, doctorId });
      await this.bumpScheduleVersion(tx, doctorId);
      return (result.affected ?? 0) > 0;
    });
  }

  async scheduleVersion(doctorId: string): Promise<string | null> {
    const rows = (await this.db.query('SELECT schedule_version FROM doctors WHERE id = $1', [
      doctorId,
    ])) as Array<{ schedule_version: string }>;
    return rows[0]?.schedule_version ?? null;
  }

  /** Active appointments and live holds near the range, as booked (slot generation adds the buffer on both sides). */
  async busyIntervals(
    doctorId: string,
    from: Date,
    to: Date,
    ignoreAppointmentId?: string,
  ): Promise<BusyInterval[]> {
    const rows = (await this.db.query(
      `SELECT starts_at, ends_at FROM appointments
       WHERE doctor_id = $1 AND status = ANY($2) AND (status <> 'held' OR hold_expires_at > now())
         AND starts_at < $4::timestamptz + interval '1 day' AND busy_until > $3::timestamptz - interval '1 day'
         AND ($5::uuid IS NULL OR id <> $5::uuid)`,
      [doctorId, [...ACTIVE_STATUSES], from, to, ignoreAppointmentId ?? null],
    )) as Array<{ starts_at: Date; ends_at: Date }>;
    return rows.map((row) => ({ start: new Date(row.starts_at), end: new Date(row.ends_at) }));
  }

  /** Within a transaction that changes the doctor's free slots: makes every cached slot list of theirs stale. */
  async bumpScheduleVersion(tx: EntityManager, doctorId: string): Promise<void> {
    await tx.query('UPDATE doctors SET schedule_version = schedule_version + 1 WHERE id = $1', [doctorId]);
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
