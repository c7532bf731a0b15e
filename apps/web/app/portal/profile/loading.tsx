import { RecordPageSkeleton } from '@/components/ui/skeletons';

export default function ProfileLoading() {
  return <RecordPageSkeleton label="Loading your profile" />;
}
