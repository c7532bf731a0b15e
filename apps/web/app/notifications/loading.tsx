export default function NotificationsLoading() {
  return (
    <div role="status" className="space-y-3">
      <p className="sr-only">Loading notifications…</p>
      {[0, 1, 2].map((row) => (
        <div key={row} aria-hidden="true" className="card h-20 animate-pulse bg-slate-100" />
      ))}
    </div>
  );
}
