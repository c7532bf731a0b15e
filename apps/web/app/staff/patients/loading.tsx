import { PatientsPageSkeleton } from '@/components/patients/page-skeleton';

export default function PatientsLoading() {
  return <PatientsPageSkeleton label="Loading patients" />;
}
