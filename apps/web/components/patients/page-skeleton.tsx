/** A patients page's frame while it loads: a heading and cards where the content will be. */
export function PatientsPageSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-6">
      <div className="h-9 w-56 animate-pulse rounded bg-slate-200" />
      <div className="card h-32 animate-pulse bg-slate-100" />
      <div className="card h-64 animate-pulse bg-slate-100" />
    </div>
  );
}
