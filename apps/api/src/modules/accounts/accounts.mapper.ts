import type { UserSummary } from '@healthsync/contracts/admin';
import type { CurrentUser } from '@healthsync/contracts/auth';

import type { UserWithProfiles } from './accounts.repository';

export function toCurrentUser({ user, doctor, patient }: UserWithProfiles): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    status: user.status,
    firstName: user.firstName,
    lastName: user.lastName,
    totpEnabled: user.totpEnabledAt !== null,
    patientId: patient?.id ?? null,
    doctorId: doctor?.id ?? null,
  };
}

export function toUserSummary({ user, doctor, patient }: UserWithProfiles): UserSummary {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    status: user.status,
    firstName: user.firstName,
    lastName: user.lastName,
    totpEnabled: user.totpEnabledAt !== null,
    locked: user.lockedUntil !== null && user.lockedUntil > new Date(),
    createdAt: user.createdAt.toISOString(),
    doctor: doctor
      ? { id: doctor.id, specialty: doctor.specialty, licenceNumber: doctor.licenceNumber }
      : null,
    patientId: patient?.id ?? null,
  };
}
