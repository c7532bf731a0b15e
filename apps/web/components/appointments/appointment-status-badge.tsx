import type { AppointmentStatusName } from '@healthsync/contracts/scheduling';

import { statusLabel } from '@/lib/appointment-labels';
import { STATUS_SWATCHES } from '@/lib/calendar/status-colors';

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
