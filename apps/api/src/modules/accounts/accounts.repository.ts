import type { UserListQuery } from '@healthsync/contracts/admin';
import type { AccountStatus, Role } from '@healthsync/contracts/auth';
import type { Page } from '@healthsync/contracts/common';
import type { LoginFailureOutcome, User } from '@healthsync/domain/accounts';

import type { Transaction } from '../../database/unit-of-work';

/** A user as stored, with what sign-in needs; never leaves the API. */
export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string | null;
  role: Role;
  status: AccountStatus;
  firstName: string;
  lastName: string;
  failedLoginCount: number;
  lockedUntil: Date | null;
  totpSecretEncrypted: string | null;
  totpEnabledAt: Date | null;
  /** The last TOTP time step accepted (a bigint, as text). */
  totpLastTimeStep: string | null;
  createdAt: Date;
}

export interface DoctorProfileRecord {
  id: string;
  specialty: string;
  licenceNumber: string;
}

export interface PatientProfileRecord {
  id: string;
  dateOfBirth: string;
  phone: string | null;
}

export interface UserWithProfiles {
  user: UserRecord;
  doctor: DoctorProfileRecord | null;
  patient: PatientProfileRecord | null;
}

/**
 * Users and the profiles their roles need. A taken email or licence number is refused with the
 * accounts' domain errors (`emailTaken`, `licenceTaken`), never a database error.
 */
export abstract class AccountsRepository {
  /** The same queries inside `tx`: they commit or roll back with it. */
  abstract in(tx: Transaction): AccountsRepository;

  abstract findByEmail(email: string): Promise<UserRecord | null>;
  abstract findById(id: string): Promise<UserRecord | null>;
  abstract findWithProfiles(id: string): Promise<UserWithProfiles | null>;
  abstract list(query: UserListQuery): Promise<Page<UserWithProfiles>>;

  /** Inserts the user and the profile its role needs, atomically. */
  abstract insert(user: User, passwordHash: string | null): Promise<UserWithProfiles>;
  /** Changes a staff member's role; a new doctor gets a doctor profile, an existing one is kept. */
  abstract changeRole(userId: string, user: User): Promise<void>;
  abstract setStatus(userId: string, status: AccountStatus): Promise<void>;
  /** A new password also clears the failure count and any lock. */
  abstract setPassword(userId: string, passwordHash: string): Promise<void>;

  /** Counts a failed sign-in atomically (concurrent failures all count), by `afterLoginFailure`. */
  abstract recordLoginFailure(
    userId: string,
    maxFailures: number,
    lockMinutes: number,
  ): Promise<Pick<LoginFailureOutcome, 'lockedNow' | 'lockedUntil'>>;
  abstract resetLoginFailures(userId: string): Promise<void>;

  /** Stores an enrolment's sealed secret (or none), which turns the second factor off until enabled. */
  abstract setTotpSecret(userId: string, sealedSecret: string | null): Promise<void>;
  abstract enableTotp(userId: string): Promise<void>;
  /** Accepts a TOTP time step only if it is later than the last one used: a code works once. */
  abstract claimTotpTimeStep(userId: string, timeStep: number): Promise<boolean>;
}
