import type { AccountView } from '../auth/auth.responses';

export interface UserSummary extends AccountView {
  locked: boolean;
  createdAt: string;
  doctor: { id: string; specialty: string; licenceNumber: string } | null;
  patientId: string | null;
}
