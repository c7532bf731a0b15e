import type { AppointmentStatusName } from '@healthsync/contracts/scheduling';

import { STATUS_SWATCHES } from './calendar/status-colors';

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

/** The status in words, in the calendar's colour for it. */
export function AppointmentStatusBadge({ status }: { status: AppointmentStatusName }) {
  const swatch = STATUS_SWATCHES[status];
  return (
    <span
      className="inline-block rounded-full border px-2 py-0.5 text-sm font-medium"
      style={{ background: swatch.background, borderColor: swatch.border, color: swatch.text }}
    >
      {statusLabel(status)}
    </span>
  );
}
