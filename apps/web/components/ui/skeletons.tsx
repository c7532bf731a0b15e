interface SkeletonProps {
  /** What is loading, for screen readers (and on screen when `shown`). */
  label: string;
  shown?: boolean;
  /** The grey bars standing in for the page's parts, by their size and shape classes. */
  bars: readonly string[];
  className?: string;
}

/** A page's shape in pulsing bars while the server renders it, so nothing jumps when the data arrives. */
export function Skeleton({ label, shown = false, bars, className = 'space-y-4' }: SkeletonProps) {
  return (
    <div role="status" aria-live="polite" className={className}>
      <p className={shown ? 'text-slate-700' : 'sr-only'}>{label}</p>
      {bars.map((bar, index) => (
        <div key={index} aria-hidden="true" className={`animate-pulse ${bar}`} />
      ))}
    </div>
  );
}

/** A page-sized placeholder with its label on screen: the admin and doctors pages. */
export function LoadingBlock({ label }: { label: string }) {
  return (
    <Skeleton label={label} shown bars={['h-24 rounded-lg bg-slate-200', 'h-64 rounded-lg bg-slate-200']} />
  );
}

/** A record page's frame: a heading and cards where the content will be. */
export function RecordPageSkeleton({ label }: { label: string }) {
  return (
    <Skeleton
      label={label}
      className="space-y-6"
      bars={['h-9 w-56 rounded bg-slate-200', 'card h-32 bg-slate-100', 'card h-64 bg-slate-100']}
    />
  );
}
