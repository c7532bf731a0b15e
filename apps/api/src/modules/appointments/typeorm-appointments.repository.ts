import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import type { Page } from '@healthsync/contracts/common';
import type { AppointmentListQuery } from '@healthsync/contracts/scheduling';
import { ACTIVE_STATUSES, ATTENDED_STATUSES, UPCOMING_STATUSES } from '@healthsync/domain/appointments';
import type { BusyInterval } from '@healthsync/domain/scheduling';

import { managerOf } from '../../database/typeorm-unit-of-work';
import type { Transaction } from '../../database/unit-of-work';
import { AppointmentEntity } from './appointment.entity';
import {
  AppointmentsRepository,
  type Appointment,
  type AppointmentScope,
  type AppointmentUpdate,
  type CareWindow,
  type NewAppointment,
  type StoredResponse,
  type TransitionRecord,
  type TransitionRow,
} from './appointments.repository';

@Injectable()
export class TypeOrmAppointmentsRepository extends AppointmentsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): AppointmentsRepository {
    return new TypeOrmAppointmentsRepository(managerOf(tx));
  }

  findById(id: string): Promise<Appointment | null> {
    return this.appointments().findOneBy({ id });
  }

  findForUpdate(id: string): Promise<Appointment | null> {
    return this.appointments().findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async removeLapsedHolds(doctorId: string, patientId: string): Promise<void> {
    await this.db.query(
      `DELETE FROM appointments WHERE status = 'held' AND hold_expires_at <= now() AND (doctor_id = $1 OR patient_id = $2)`,
      [doctorId, patientId],
    );
  }

  async lockAndCountLiveHolds(patientId: string): Promise<number> {
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtextextended('appointment-holds:' || $1, 0))`, [
      patientId,
    ]);
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS live FROM appointments WHERE patient_id = $1 AND status = 'held' AND hold_expires_at > now()`,
      [patientId],
    )) as Array<{ live: number }>;
    return row?.live ?? 0;
  }

  async removeHold(id: string): Promise<void> {
    await this.db.query(`DELETE FROM appointments WHERE id = $1 AND status = 'held'`, [id]);
  }

  insert(appointment: NewAppointment): Promise<Appointment> {
    return this.appointments().save(appointment);
  }

  async update(appointment: Appointment, changes: AppointmentUpdate): Promise<Appointment> {
    const version = appointment.version + 1;
    await this.appointments().update({ id: appointment.id }, { ...changes, version });
    return { ...appointment, ...changes, version };
  }

  async addTransition(record: TransitionRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO appointment_transitions (appointment_id, from_status, to_status, action, actor_id, actor_role, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
      [
        record.appointmentId,
        record.fromStatus,
        record.toStatus,
        record.action,
        record.actorId,
        record.actorRole,
        record.reason ?? null,
        JSON.stringify(record.details ?? {}),
      ],
    );
  }

  history(appointmentId: string): Promise<TransitionRow[]> {
    return this.db.query(
      `SELECT from_status, to_status, action, actor_id, actor_role, reason, details, at
       FROM appointment_transitions WHERE appointment_id = $1 ORDER BY id`,
      [appointmentId],
    ) as Promise<TransitionRow[]>;
  }

  async list(query: AppointmentListQuery, scope: AppointmentScope): Promise<Page<Appointment>> {
    const builder = this.appointments().createQueryBuilder('appointment');
    if (query.status === 'held') builder.where(`appointment.hold_expires_at > now()`);
    else builder.where(`appointment.status <> 'held'`);
    if (scope.kind === 'doctor')
      builder.andWhere('appointment.doctor_id = :scopeDoctor', { scopeDoctor: scope.doctorId });
    if (scope.kind === 'patient')
      builder.andWhere('appointment.patient_id = :scopePatient', { scopePatient: scope.patientId });
    if (query.doctorId) builder.andWhere('appointment.doctor_id = :doctorId', { doctorId: query.doctorId });
    if (query.patientId)
      builder.andWhere('appointment.patient_id = :patientId', { patientId: query.patientId });
    if (query.status) builder.andWhere('appointment.status = :status', { status: query.status });
    if (query.from) builder.andWhere('appointment.starts_at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('appointment.starts_at < :to', { to: new Date(query.to) });
    const [items, total] = await builder
      .orderBy('appointment.starts_at', 'ASC')
      .addOrderBy('appointment.id', 'ASC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    return { items, total, page: query.page, limit: query.limit };
  }

  checkedIn(from: Date, to: Date, doctorId?: string): Promise<Appointment[]> {
    const builder = this.appointments()
      .createQueryBuilder('appointment')
      .where(`appointment.status = 'checked_in'`)
      .andWhere('appointment.starts_at >= :from AND appointment.starts_at < :to', { from, to });
    if (doctorId) builder.andWhere('appointment.doctor_id = :doctorId', { doctorId });
    return builder.orderBy('appointment.checked_in_at', 'ASC').getMany();
  }

  async patientsInCare(window: CareWindow, patientId?: string): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT DISTINCT patient_id FROM appointments
       WHERE doctor_id = $1 AND ($2::uuid IS NULL OR patient_id = $2)
         AND ((status = ANY($3) AND starts_at >= $4)
           OR (status = ANY($5) AND ends_at > $6 AND starts_at < $7))`,
      [
        window.doctorId,
        patientId ?? null,
        ATTENDED_STATUSES,
        window.attendedSince,
        UPCOMING_STATUSES,
        window.now,
        window.upcomingUntil,
      ],
    )) as Array<{ patient_id: string }>;
    return rows.map((row) => row.patient_id);
  }

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

  async storedResponse(userId: string, key: string): Promise<StoredResponse | null> {
    const [stored] = (await this.db.query(
      `SELECT request_hash, response FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND response IS NOT NULL`,
      [userId, key],
    )) as Array<{ request_hash: string; response: unknown }>;
    return stored ? { requestHash: stored.request_hash, response: stored.response } : null;
  }

  async claimIdempotencyKey(
    userId: string,
    key: string,
    requestHash: string,
  ): Promise<StoredResponse | null> {
    const claimed = (await this.db.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [userId, key, requestHash],
    )) as unknown[];
    if (claimed.length > 0) return null;
    const [stored] = (await this.db.query(
      `SELECT request_hash, response FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    )) as Array<{ request_hash: string; response: unknown }>;
    return { requestHash: stored?.request_hash ?? '', response: stored?.response ?? null };
  }

  async storeIdempotentResponse(
    userId: string,
    key: string,
    status: number,
    response: unknown,
  ): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET status_code = $3, response = $4::jsonb WHERE user_id = $1 AND key = $2`,
      [userId, key, status, JSON.stringify(response)],
    );
  }

  private appointments() {
    return this.db.getRepository(AppointmentEntity);
  }
}
