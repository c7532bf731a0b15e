import type { AppointmentStatusName } from '@healthsync/contracts/scheduling';

const LABELS: Record<AppointmentStatusName, string> = {
  held: 'Held',
  scheduled: 'Scheduled',
  confirmed: 'Confirmed',
  checked_in: 'Checked in',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

export const statusLabel = (status: AppointmentStatusName): string => LABELS[status];

export function AppointmentStatusBadge({ status }: { status: AppointmentStatusName }) {
  return (
    <span className="inline-block rounded-full border border-slate-500 bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-900">
      {statusLabel(status)}
    </span>
  );
}
