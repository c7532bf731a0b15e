import { Skeleton } from '@/components/ui/skeletons';

export default function NotificationsLoading() {
  return (
    <Skeleton
      label="Loading notifications…"
      className="space-y-3"
      bars={['card h-20 bg-slate-100', 'card h-20 bg-slate-100', 'card h-20 bg-slate-100']}
    />
  );
}
