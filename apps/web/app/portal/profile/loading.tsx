import { PatientsPageSkeleton } from '@/components/patients/page-skeleton';

export default function ProfileLoading() {
  return <PatientsPageSkeleton label="Loading your profile" />;
}
