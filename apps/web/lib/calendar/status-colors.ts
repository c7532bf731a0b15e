import type { AppointmentStatusName } from '@healthsync/contracts/scheduling';

export interface Swatch {
  background: string;
  border: string;
  text: string;
}

/** Light fills with dark text (contrast above 10:1) and a strong border, so colour is never the only cue. */
export const STATUS_SWATCHES: Record<AppointmentStatusName, Swatch> = {
  held: { background: '#f1f5f9', border: '#64748b', text: '#0f172a' },
  scheduled: { background: '#dbeafe', border: '#1d4ed8', text: '#0f172a' },
  confirmed: { background: '#ccfbf1', border: '#0f766e', text: '#0f172a' },
  checked_in: { background: '#fef3c7', border: '#b45309', text: '#0f172a' },
  in_progress: { background: '#ede9fe', border: '#6d28d9', text: '#0f172a' },
  completed: { background: '#dcfce7', border: '#15803d', text: '#0f172a' },
  cancelled: { background: '#f1f5f9', border: '#475569', text: '#0f172a' },
  no_show: { background: '#fee2e2', border: '#b91c1c', text: '#0f172a' },
};

export const FREE_SLOT_SWATCH: Swatch = { background: '#ffffff', border: '#0b5d6b', text: '#084954' };

/** The statuses the calendar draws, in the order the legend lists them. */
export const CALENDAR_STATUSES: AppointmentStatusName[] = [
  'scheduled',
  'confirmed',
  'checked_in',
  'in_progress',
  'completed',
  'no_show',
];
