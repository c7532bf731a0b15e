import type { AccountStatus, Role } from '../auth/roles';

export interface UserSummary {
  id: string;
  email: string;
  role: Role;
  status: AccountStatus;
  firstName: string;
  lastName: string;
  totpEnabled: boolean;
  locked: boolean;
  createdAt: string;
  doctor: { id: string; specialty: string; licenceNumber: string } | null;
  patientId: string | null;
}
