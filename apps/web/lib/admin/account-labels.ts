import type { UserSummary } from '@healthsync/contracts/admin';
import { AccountStatus, Role, STAFF_ROLES } from '@healthsync/domain/accounts';

export const ROLE_LABELS: Record<Role, string> = {
  [Role.Admin]: 'Admin',
  [Role.Doctor]: 'Doctor',
  [Role.Receptionist]: 'Receptionist',
  [Role.Patient]: 'Patient',
};

export const STATUS_LABELS: Record<AccountStatus, string> = {
  [AccountStatus.Active]: 'Active',
  [AccountStatus.Deactivated]: 'Deactivated',
};

export const STAFF_ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export const fullName = (user: Pick<UserSummary, 'firstName' | 'lastName'>) =>
  `${user.firstName} ${user.lastName}`;

export const isRole = (value: string | undefined): value is Role =>
  (Object.values(Role) as string[]).includes(value ?? '');

export const isStatus = (value: string | undefined): value is AccountStatus =>
  (Object.values(AccountStatus) as string[]).includes(value ?? '');
