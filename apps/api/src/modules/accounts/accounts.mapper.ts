import type { UserSummary } from '@healthsync/contracts/admin';
import type { AccountView, CurrentUser } from '@healthsync/contracts/auth';

import type { UserWithProfiles } from './accounts.repository';
import type { UserEntity } from './user.entity';

function toAccountView(user: UserEntity): AccountView {
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
