import { Skeleton } from '@/components/ui/skeletons';

/** Holds the calendar's place while the week loads, so nothing jumps when it arrives. */
export default function Loading() {
  return (
    <Skeleton
      label="Loading the calendar…"
      bars={['h-8 w-64 rounded bg-slate-200', 'h-10 rounded bg-slate-100', 'card h-[44rem] bg-slate-100']}
    />
  );
}
