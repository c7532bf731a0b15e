import { randomUUID } from 'node:crypto';

import type { UserListQuery } from '@healthsync/contracts/admin';
import { AccountStatus, Role } from '@healthsync/contracts/auth';
import type { Page } from '@healthsync/contracts/common';
import { afterLoginFailure, Doctor, Patient, type User } from '@healthsync/domain/accounts';

import { pageOf } from '../../../database/testing/page-of';
import type { Transaction } from '../../../database/unit-of-work';
import { emailTaken, licenceTaken } from '../accounts-errors';
import { toNewUserRecord } from '../accounts.mapper';
import {
  AccountsRepository,
  type DoctorProfileRecord,
  type PatientProfileRecord,
  type UserRecord,
  type UserWithProfiles,
} from '../accounts.repository';

/** Accounts in memory, with the database's uniqueness rules; a transaction is ignored. */
export class InMemoryAccountsRepository extends AccountsRepository {
  readonly users = new Map<string, UserRecord>();
  readonly doctors = new Map<string, DoctorProfileRecord>();
  readonly patients = new Map<string, PatientProfileRecord>();

  in(_tx: Transaction): AccountsRepository {
    return this;
  }

  /** Stores an active patient with a password hash, and whatever the test overrides. */
  add(overrides: Partial<UserRecord> = {}): UserRecord {
    const user: UserRecord = {
      id: randomUUID(),
      email: `${randomUUID()}@example.test`,
      passwordHash: null,
      role: Role.Patient,
      status: AccountStatus.Active,
      firstName: 'Test',
      lastName: 'User',
      failedLoginCount: 0,
      lockedUntil: null,
      totpSecretEncrypted: null,
      totpEnabledAt: null,
      totpLastTimeStep: null,
      createdAt: new Date(),
      ...overrides,
    };
    this.users.set(user.id, user);
    return user;
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const lowered = email.toLowerCase();
    return [...this.users.values()].find((user) => user.email.toLowerCase() === lowered) ?? null;
  }

  async findById(id: string): Promise<UserRecord | null> {
    return this.users.get(id) ?? null;
  }

  async findWithProfiles(id: string): Promise<UserWithProfiles | null> {
    const user = this.users.get(id);
    return user ? this.withProfiles(user) : null;
  }

  async list(query: UserListQuery): Promise<Page<UserWithProfiles>> {
    const search = query.search?.toLowerCase();
    const matching = [...this.users.values()].filter(
      (user) =>
        (!query.role || user.role === query.role) &&
        (!query.status || user.status === query.status) &&
        (!search || `${user.firstName} ${user.lastName} ${user.email}`.toLowerCase().includes(search)),
    );
    const page = pageOf(matching, query);
    return { ...page, items: page.items.map((user) => this.withProfiles(user)) };
  }

  async insert(user: User, passwordHash: string | null): Promise<UserWithProfiles> {
    if (await this.findByEmail(user.details.email)) throw emailTaken();
    const stored = this.add(toNewUserRecord(user, passwordHash));
    if (user instanceof Doctor) this.saveDoctor(stored.id, user);
    if (user instanceof Patient) {
      const { dateOfBirth, phone } = user.profile;
      this.patients.set(stored.id, { id: randomUUID(), dateOfBirth, phone: phone ?? null });
    }
    return this.withProfiles(stored);
  }

  async changeRole(userId: string, user: User): Promise<void> {
    if (user instanceof Doctor) this.saveDoctor(userId, user);
    this.update(userId, { role: user.role });
  }

  async setStatus(userId: string, status: AccountStatus): Promise<void> {
    this.update(userId, { status });
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    this.update(userId, { passwordHash, failedLoginCount: 0, lockedUntil: null });
  }

  async recordLoginFailure(userId: string, maxFailures: number, lockMinutes: number) {
    const user = this.users.get(userId);
    if (!user) return { lockedNow: false, lockedUntil: null };
    const { failedLoginCount, lockedUntil, lockedNow } = afterLoginFailure(
      user,
      new Date(),
      maxFailures,
      lockMinutes,
    );
    this.update(userId, { failedLoginCount, lockedUntil });
    return { lockedNow, lockedUntil };
  }

  async resetLoginFailures(userId: string): Promise<void> {
    this.update(userId, { failedLoginCount: 0, lockedUntil: null });
  }

  async setTotpSecret(userId: string, sealedSecret: string | null): Promise<void> {
    this.update(userId, { totpSecretEncrypted: sealedSecret, totpEnabledAt: null, totpLastTimeStep: null });
  }

  async enableTotp(userId: string): Promise<void> {
    this.update(userId, { totpEnabledAt: new Date() });
  }

  async claimTotpTimeStep(userId: string, timeStep: number): Promise<boolean> {
    const user = this.users.get(userId);
    if (!user || (user.totpLastTimeStep !== null && Number(user.totpLastTimeStep) >= timeStep)) return false;
    this.update(userId, { totpLastTimeStep: String(timeStep) });
    return true;
  }

  private saveDoctor(userId: string, doctor: Doctor): void {
    const { specialty, licenceNumber } = doctor.profile;
    const taken = [...this.doctors.entries()].some(
      ([owner, profile]) => owner !== userId && profile.licenceNumber === licenceNumber,
    );
    if (taken) throw licenceTaken();
    const id = this.doctors.get(userId)?.id ?? randomUUID();
    this.doctors.set(userId, { id, specialty, licenceNumber });
  }

  /** Replaces the record, as a database row update would: records read earlier keep their values. */
  private update(userId: string, changes: Partial<UserRecord>): void {
    const user = this.users.get(userId);
    if (user) this.users.set(userId, { ...user, ...changes });
  }

  private withProfiles(user: UserRecord): UserWithProfiles {
    return {
      user,
      doctor: user.role === Role.Doctor ? (this.doctors.get(user.id) ?? null) : null,
      patient: user.role === Role.Patient ? (this.patients.get(user.id) ?? null) : null,
    };
  }
}
