import type { AppointmentStatusName } from '@healthsync/contracts/scheduling';

const STATUS_LABELS: Record<AppointmentStatusName, string> = {
  held: 'Held',
  scheduled: 'Scheduled',
  confirmed: 'Confirmed',
  checked_in: 'Checked in',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

/** An appointment status in words, as every list, badge and notice says it. */
export const statusLabel = (status: AppointmentStatusName): string => STATUS_LABELS[status];
