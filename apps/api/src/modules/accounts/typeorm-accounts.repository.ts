import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { USER_SORT_FIELDS, type UserListQuery } from '@healthsync/contracts/admin';
import { Role, type AccountStatus } from '@healthsync/contracts/auth';
import { parseSort, type Page } from '@healthsync/contracts/common';
import { afterLoginFailure, Doctor, Patient, type User } from '@healthsync/domain/accounts';

import { describeDatabaseError } from '../../common/errors/database-errors';
import { managerOf } from '../../database/typeorm-unit-of-work';
import type { Transaction } from '../../database/unit-of-work';
import { PatientEntity } from '../patients/patient.entity';
import { emailTaken, licenceTaken } from './accounts-errors';
import { toNewUserRecord } from './accounts.mapper';
import { AccountsRepository, type UserRecord, type UserWithProfiles } from './accounts.repository';
import { DoctorEntity } from './doctor.entity';
import { UserEntity } from './user.entity';

const SEARCHABLE_TEXT = `(account.first_name || ' ' || account.last_name || ' ' || account.email::text)`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Names the field a unique violation is about, without quoting the database. */
function translateUniqueViolation(error: unknown): unknown {
  if (describeDatabaseError(error)?.status !== 409) return error;
  const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint ?? '';
  if (constraint === 'users_email_unique') return emailTaken();
  if (constraint === 'doctors_licence_unique') return licenceTaken();
  return error;
}

@Injectable()
export class TypeOrmAccountsRepository extends AccountsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): AccountsRepository {
    return new TypeOrmAccountsRepository(managerOf(tx));
  }

  findByEmail(email: string): Promise<UserRecord | null> {
    return this.db.getRepository(UserEntity).findOneBy({ email });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  async findWithProfiles(id: string): Promise<UserWithProfiles | null> {
    const user = await this.findById(id);
    return user ? this.withProfiles(user) : null;
  }

  async insert(user: User, passwordHash: string | null): Promise<UserWithProfiles> {
    try {
      return await this.db.transaction(async (tx) => {
        const saved = await tx.getRepository(UserEntity).save(toNewUserRecord(user, passwordHash));
        const doctor =
          user instanceof Doctor
            ? await tx.getRepository(DoctorEntity).save({ userId: saved.id, ...user.profile })
            : null;
        const patient = user instanceof Patient ? await this.insertPatientProfile(tx, saved, user) : null;
        return { user: saved, doctor, patient };
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async changeRole(userId: string, user: User): Promise<void> {
    try {
      await this.db.transaction(async (tx) => {
        await tx.getRepository(UserEntity).update({ id: userId }, { role: user.role });
        if (!(user instanceof Doctor)) return;
        const existing = await tx.getRepository(DoctorEntity).findOneBy({ userId });
        await tx.getRepository(DoctorEntity).save({ ...existing, userId, ...user.profile });
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async setStatus(userId: string, status: AccountStatus): Promise<void> {
    await this.db.getRepository(UserEntity).update({ id: userId }, { status });
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db
      .getRepository(UserEntity)
      .update({ id: userId }, { passwordHash, failedLoginCount: 0, lockedUntil: null });
  }

  /** Under a row lock, so concurrent failures all count. */
  recordLoginFailure(
    userId: string,
    maxFailures: number,
    lockMinutes: number,
  ): Promise<{ lockedNow: boolean; lockedUntil: Date | null }> {
    return this.db.transaction(async (tx) => {
      const users = tx.getRepository(UserEntity);
      const user = await users.findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) return { lockedNow: false, lockedUntil: null };
      const { failedLoginCount, lockedUntil, lockedNow } = afterLoginFailure(
        user,
        new Date(),
        maxFailures,
        lockMinutes,
      );
      await users.update({ id: userId }, { failedLoginCount, lockedUntil });
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
