import { Skeleton } from '@/components/ui/skeletons';

export default function Loading() {
  return (
    <Skeleton
      label="Loading the appointment…"
      bars={['h-8 w-72 rounded bg-slate-200', 'card h-64 bg-slate-100']}
    />
  );
}
