import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import type { Page } from '@healthsync/contracts/common';
import type { AppointmentListQuery } from '@healthsync/contracts/scheduling';
import {
  ATTENDED_STATUSES,
  UPCOMING_STATUSES,
  type AppointmentStatus,
} from '@healthsync/domain/appointments';

import { OutboxSignal } from '../outbox/outbox-signal';
import { AppointmentEntity } from './appointment.entity';

export interface TransitionRecord {
  appointmentId: string;
  fromStatus: AppointmentStatus | null;
  toStatus: AppointmentStatus;
  action: string;
  actorId: string | null;
  actorRole: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

export interface TransitionRow {
  from_status: string | null;
  to_status: string;
  action: string;
  actor_id: string | null;
  actor_role: string | null;
  /** `First Last` of the acting user, when the account is known. */
  actor_name: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  at: Date;
}

/** Whose appointments a list may show: everyone's, one doctor's or one patient's. */
export type AppointmentScope =
  { kind: 'all' } | { kind: 'doctor'; doctorId: string } | { kind: 'patient'; patientId: string };

/** The doctor (by user id) whose patients are asked for, and the period the care relationship looks at. */
export interface CareWindow {
  doctorUserId: string;
  now: Date;
  /** Visits that took place since then count. */
  attendedSince: Date;
  /** Bookings still to come that start before then count. */
  upcomingUntil: Date;
}

export interface StoredResponse {
  requestHash: string;
  response: unknown;
}

/** Appointments, their history and idempotent requests: the only place that knows their tables. */
@Injectable()
export class AppointmentsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxSignal,
  ) {}

  /** Appointment changes write outbox events: once one commits, this instance's dispatcher is told at once. */
  async transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.db.transaction(work);
    this.outbox.committed();
    return result;
  }

  findById(id: string): Promise<AppointmentEntity | null> {
    return this.db.getRepository(AppointmentEntity).findOneBy({ id });
  }

  lock(tx: EntityManager, id: string): Promise<AppointmentEntity | null> {
    return tx
      .getRepository(AppointmentEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Lapsed holds block nothing: they are removed before anything is booked next to them. */
  async removeLapsedHolds(tx: EntityManager, doctorId: string, patientId: string): Promise<void> {
    await tx.query(
      `DELETE FROM appointments WHERE status = 'held' AND hold_expires_at <= now() AND (doctor_id = $1 OR patient_id = $2)`,
      [doctorId, patientId],
    );
  }

  /**
   * The patient's live holds, counted while holding a lock on the patient's holds until the
   * transaction ends: concurrent holds for one patient queue here, so none of them counts past another.
   */
  async lockAndCountLiveHolds(tx: EntityManager, patientId: string): Promise<number> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('appointment-holds:' || $1, 0))`, [
      patientId,
    ]);
    const [row] = (await tx.query(
      `SELECT count(*)::int AS live FROM appointments WHERE patient_id = $1 AND status = 'held' AND hold_expires_at > now()`,
      [patientId],
    )) as Array<{ live: number }>;
    return row?.live ?? 0;
  }

  /** Removes a hold (released before it lapsed); holds have no history to keep. */
  async removeHold(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`DELETE FROM appointments WHERE id = $1 AND status = 'held'`, [id]);
  }

  insert(tx: EntityManager, appointment: Partial<AppointmentEntity>): Promise<AppointmentEntity> {
    return tx.getRepository(AppointmentEntity).save(appointment);
  }

  async update(
    tx: EntityManager,
    appointment: AppointmentEntity,
    changes: Partial<AppointmentEntity>,
  ): Promise<AppointmentEntity> {
    await tx
      .getRepository(AppointmentEntity)
      .update({ id: appointment.id }, { ...changes, version: appointment.version + 1 });
    return { ...appointment, ...changes, version: appointment.version + 1 };
  }

  async addTransition(tx: EntityManager, record: TransitionRecord): Promise<void> {
    await tx.query(
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

  /** The changes, oldest first, with the name of whoever made each (as medical history names its authors). */
  history(appointmentId: string): Promise<TransitionRow[]> {
    return this.db.query(
      `SELECT t.from_status, t.to_status, t.action, t.actor_id, t.actor_role, t.reason, t.details, t.at,
              u.first_name || ' ' || u.last_name AS actor_name
       FROM appointment_transitions t LEFT JOIN users u ON u.id = t.actor_id
       WHERE t.appointment_id = $1 ORDER BY t.id`,
      [appointmentId],
    ) as Promise<TransitionRow[]>;
  }

  async list(query: AppointmentListQuery, scope: AppointmentScope): Promise<Page<AppointmentEntity>> {
    const builder = this.db.getRepository(AppointmentEntity).createQueryBuilder('appointment');
    // Holds are listed only when asked for, and only live ones.
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

  /** Patients (all, or the one named) with a visit or booking that puts them in the doctor's care. */
  async patientsInCare(window: CareWindow, patientId?: string): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT DISTINCT a.patient_id FROM appointments a JOIN doctors d ON d.id = a.doctor_id
       WHERE d.user_id = $1 AND ($2::uuid IS NULL OR a.patient_id = $2)
         AND ((a.status = ANY($3) AND a.starts_at >= $4)
           OR (a.status = ANY($5) AND a.ends_at > $6 AND a.starts_at < $7))`,
      [
        window.doctorUserId,
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

  /** Checked-in patients of a day, in order of arrival. */
  checkedIn(from: Date, to: Date, doctorId?: string): Promise<AppointmentEntity[]> {
    const builder = this.db
      .getRepository(AppointmentEntity)
      .createQueryBuilder('appointment')
      .where(`appointment.status = 'checked_in'`)
      .andWhere('appointment.starts_at >= :from AND appointment.starts_at < :to', { from, to });
    if (doctorId) builder.andWhere('appointment.doctor_id = :doctorId', { doctorId });
    return builder.orderBy('appointment.checked_in_at', 'ASC').getMany();
  }

  /** The answer already given to a request with this key, if one has finished. */
  async storedResponse(userId: string, key: string): Promise<StoredResponse | null> {
    const [stored] = (await this.db.query(
      `SELECT request_hash, response FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND response IS NOT NULL`,
      [userId, key],
    )) as Array<{ request_hash: string; response: unknown }>;
    return stored ? { requestHash: stored.request_hash, response: stored.response } : null;
  }

  /**
   * Claims an idempotency key inside the caller's transaction. A concurrent request with the same key
   * waits here until the first one commits or rolls back; then it sees the stored answer, or claims the key.
   */
  async claimIdempotencyKey(
    tx: EntityManager,
    userId: string,
    key: string,
    requestHash: string,
  ): Promise<StoredResponse | null> {
    const claimed = (await tx.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [userId, key, requestHash],
    )) as unknown[];
    if (claimed.length > 0) return null;
    const [stored] = (await tx.query(
      `SELECT request_hash, response FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    )) as Array<{
      request_hash: string;
      response: unknown;
    }>;
    return { requestHash: stored?.request_hash ?? '', response: stored?.response ?? null };
  }

  async storeIdempotentResponse(
    tx: EntityManager,
    userId: string,
    key: string,
    status: number,
    response: unknown,
  ): Promise<void> {
    await tx.query(
      `UPDATE idempotency_keys SET status_code = $3, response = $4::jsonb WHERE user_id = $1 AND key = $2`,
      [userId, key, status, JSON.stringify(response)],
    );
  }
}
