import type { AccountView } from '../auth/auth.responses';
import type { Role } from '../auth/roles';

/** The doctor profile of a user, as the admin's user list shows it. */
export interface DoctorSummary {
  id: string;
  specialty: string;
  licenceNumber: string;
}

export interface UserSummary extends AccountView {
  locked: boolean;
  createdAt: string;
  doctor: DoctorSummary | null;
  patientId: string | null;
}

/** The clinic's security settings, as `GET /admin/settings/security` returns them. */
export interface SecuritySettingsView {
  mfaRequiredRoles: Role[];
}
