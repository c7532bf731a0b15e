export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <p className="sr-only">Loading the appointment…</p>
      <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
      <div className="card h-64 animate-pulse bg-slate-100" />
    </div>
  );
}
