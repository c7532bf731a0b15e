import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { AccountStatus, Role } from '@healthsync/contracts/auth';
import { USER_SORT_FIELDS, type UserListQuery } from '@healthsync/contracts/admin';
import { parseSort, type Page } from '@healthsync/contracts/common';
import { Doctor, Patient, UserFactory, type User } from '@healthsync/domain/accounts';

import { PatientEntity } from '../patients/patient.entity';
import { DoctorEntity } from './doctor.entity';
import { UserEntity } from './user.entity';

/** A user row with what sign-in needs; never leaves the API. */
export type UserRecord = UserEntity;

export interface UserWithProfiles {
  user: UserEntity;
  doctor: DoctorEntity | null;
  patient: PatientEntity | null;
}

const SEARCHABLE_TEXT = `(account.first_name || ' ' || account.last_name || ' ' || account.email::text)`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The only place that knows how accounts are stored. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findByEmail(email: string): Promise<UserRecord | null> {
    return this.db.getRepository(UserEntity).findOneBy({ email });
  }

  /** Inside a transaction, pass its manager: other connections would wait on it in the embedded database. */
  findById(id: string, tx: EntityManager = this.db.manager): Promise<UserRecord | null> {
    return tx.getRepository(UserEntity).findOneBy({ id });
  }

  async findWithProfiles(id: string): Promise<UserWithProfiles | null> {
    const user = await this.findById(id);
    return user ? this.withProfiles(user) : null;
  }

  /** Inserts the user and the profile its role needs in one transaction. */
  insert(user: User, passwordHash: string | null): Promise<UserWithProfiles> {
    return this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(UserEntity).save({
        email: user.details.email,
        passwordHash,
        role: user.role,
        status: user.details.status,
        firstName: user.details.firstName,
        lastName: user.details.lastName,
      });
      const doctor =
        user instanceof Doctor
          ? await tx.getRepository(DoctorEntity).save({ userId: saved.id, ...user.profile })
          : null;
      const patient = user instanceof Patient ? await this.insertPatientProfile(tx, saved, user) : null;
      return { user: saved, doctor, patient };
    });
  }

  /** Changes a staff member's role; a new doctor gets a doctor profile, an existing one is kept. */
  changeRole(userId: string, user: User): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.getRepository(UserEntity).update({ id: userId }, { role: user.role });
      if (!(user instanceof Doctor)) return;
      const existing = await tx.getRepository(DoctorEntity).findOneBy({ userId });
      await tx.getRepository(DoctorEntity).save({ ...existing, userId, ...user.profile });
    });
  }

  async setStatus(userId: string, status: AccountStatus): Promise<void> {
    await this.db.getRepository(UserEntity).update({ id: userId }, { status });
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db
      .getRepository(UserEntity)
      .update({ id: userId }, { passwordHash, failedLoginCount: 0, lockedUntil: null });
  }

  /**
   * Counts a failed sign-in under a row lock, so concurrent failures all count; the account locks
   * at `maxFailures` in a row. A lock that has expired starts a new count.
   */
  recordLoginFailure(
    userId: string,
    maxFailures: number,
    lockMinutes: number,
  ): Promise<{ lockedNow: boolean; lockedUntil: Date | null }> {
    return this.db.transaction(async (tx) => {
      const users = tx.getRepository(UserEntity);
      const user = await users.findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) return { lockedNow: false, lockedUntil: null };
      const now = new Date();
      const lockExpired = user.lockedUntil !== null && user.lockedUntil <= now;
      const failures = lockExpired ? 1 : user.failedLoginCount + 1;
      const lockedNow = failures >= maxFailures && (user.lockedUntil === null || lockExpired);
      const lockedUntil = lockedNow
        ? new Date(now.getTime() + lockMinutes * 60_000)
        : lockExpired
          ? null
          : user.lockedUntil;
      await users.update({ id: userId }, { failedLoginCount: lockedNow ? 0 : failures, lockedUntil });
      return { lockedNow, lockedUntil };
    });
  }

  async resetLoginFailures(userId: string): Promise<void> {
    await this.db
      .getRepository(UserEntity)
      .update({ id: userId }, { failedLoginCount: 0, lockedUntil: null });
  }

  async setTotpSecret(userId: string, sealedSecret: string | null): Promise<void> {
    await this.db
      .getRepository(UserEntity)
      .update(
        { id: userId },
        { totpSecretEncrypted: sealedSecret, totpEnabledAt: null, totpLastTimeStep: null },
      );
  }

  async enableTotp(userId: string): Promise<void> {
    await this.db.getRepository(UserEntity).update({ id: userId }, { totpEnabledAt: new Date() });
  }

  /** Accepts a TOTP time step only if it is later than the last one used: a code works once. */
  async claimTotpTimeStep(userId: string, timeStep: number): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE users SET totp_last_time_step = $2 WHERE id = $1 AND (totp_last_time_step IS NULL OR totp_last_time_step < $2)`,
      [userId, timeStep],
    );
    return (result as [unknown, number])[1] === 1;
  }

  async list(query: UserListQuery): Promise<Page<UserWithProfiles>> {
    const builder = this.db.getRepository(UserEntity).createQueryBuilder('account');
    if (query.ids) builder.andWhere('account.id IN (:...ids)', { ids: query.ids });
    if (query.role) builder.andWhere('account.role = :role', { role: query.role });
    if (query.status) builder.andWhere('account.status = :status', { status: query.status });
    if (query.search) {
      builder.andWhere(
        `(${SEARCHABLE_TEXT} ILIKE :contains OR word_similarity(:search, ${SEARCHABLE_TEXT}) > 0.4)`,
        { search: query.search, contains: `%${escapeLike(query.search)}%` },
      );
    }
    // The sort field comes from an allow-list and names an entity property, never raw SQL.
    const { field, direction } = parseSort(query.sort, USER_SORT_FIELDS);
    const [users, total] = await builder
      .orderBy(`account.${field}`, direction)
      .addOrderBy('account.id', 'ASC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    return {
      items: await Promise.all(users.map((user) => this.withProfiles(user))),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  private async withProfiles(user: UserEntity): Promise<UserWithProfiles> {
    const [doctor, patient] = await Promise.all([
      user.role === Role.Doctor ? this.db.getRepository(DoctorEntity).findOneBy({ userId: user.id }) : null,
      user.role === Role.Patient ? this.db.getRepository(PatientEntity).findOneBy({ userId: user.id }) : null,
    ]);
    return { user, doctor, patient };
  }

  private insertPatientProfile(
    tx: EntityManager,
    saved: UserEntity,
    patient: Patient,
  ): Promise<PatientEntity> {
    return tx.getRepository(PatientEntity).save({
      userId: saved.id,
      firstName: saved.firstName,
      lastName: saved.lastName,
      dateOfBirth: patient.profile.dateOfBirth,
      phone: patient.profile.phone ?? null,
      email: saved.email,
    });
  }
}

/** Rebuilds the domain user of a stored record with its profile. */
export function toDomainUser(record: UserWithProfiles): User {
  const { user, doctor, patient } = record;
  return UserFactory.create({
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    status: user.status,
    role: user.role,
    doctor: doctor ? { specialty: doctor.specialty, licenceNumber: doctor.licenceNumber } : undefined,
    patient: patient ? { dateOfBirth: patient.dateOfBirth, phone: patient.phone } : undefined,
  });
}
