/** Holds the calendar's place while the week loads, so nothing jumps when it arrives. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <p className="sr-only">Loading the calendar…</p>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-10 animate-pulse rounded bg-slate-100" />
      <div className="card h-[44rem] animate-pulse bg-slate-100" />
    </div>
  );
}
