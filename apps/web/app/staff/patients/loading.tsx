import { RecordPageSkeleton } from '@/components/ui/skeletons';

export default function PatientsLoading() {
  return <RecordPageSkeleton label="Loading patients" />;
}
