import type { UserSummary } from '@healthsync/contracts/admin';
import type { AccountView, CurrentUser } from '@healthsync/contracts/auth';
import { UserFactory, type User } from '@healthsync/domain/accounts';

import type { UserRecord, UserWithProfiles } from './accounts.repository';

function toAccountView(user: UserRecord): AccountView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    status: user.status,
    firstName: user.firstName,
    lastName: user.lastName,
    totpEnabled: user.totpEnabledAt !== null,
  };
}

export function toCurrentUser({ user, doctor, patient }: UserWithProfiles): CurrentUser {
  return {
    ...toAccountView(user),
    patientId: patient?.id ?? null,
    doctorId: doctor?.id ?? null,
  };
}

export function toUserSummary({ user, doctor, patient }: UserWithProfiles): UserSummary {
  return {
    ...toAccountView(user),
    locked: user.lockedUntil !== null && user.lockedUntil > new Date(),
    createdAt: user.createdAt.toISOString(),
    doctor: doctor
      ? { id: doctor.id, specialty: doctor.specialty, licenceNumber: doctor.licenceNumber }
      : null,
    patientId: patient?.id ?? null,
  };
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

/** The columns of a new user's row, taken from the domain user. */
export function toNewUserRecord(
  user: User,
  passwordHash: string | null,
): Pick<UserRecord, 'email' | 'passwordHash' | 'role' | 'status' | 'firstName' | 'lastName'> {
  const { email, status, firstName, lastName } = user.details;
  return { email, passwordHash, role: user.role, status, firstName, lastName };
}
