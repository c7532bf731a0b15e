import { statusLabel } from '@/lib/appointment-labels';
import {
  CALENDAR_STATUSES,
  FREE_SLOT_SWATCH,
  type Swatch,
  STATUS_SWATCHES,
} from '@/lib/calendar/status-colors';

function Key({ swatch, label, dashed = false }: { swatch: Swatch; label: string; dashed?: boolean }) {
  return (
    <li className="flex items-center gap-2">
      <span
        aria-hidden="true"
        className="inline-block h-4 w-6 rounded-sm border-2 border-l-4"
        style={{
          background: swatch.background,
          borderColor: swatch.border,
          borderStyle: dashed ? 'dashed' : 'solid',
        }}
      />
      {label}
    </li>
  );
}

/** What the calendar's colours mean. */
export function StatusLegend({ withFreeSlots }: { withFreeSlots: boolean }) {
  return (
    <section aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="sr-only">
        Colour key
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {CALENDAR_STATUSES.map((status) => (
          <Key key={status} swatch={STATUS_SWATCHES[status]} label={statusLabel(status)} />
        ))}
        {withFreeSlots && <Key swatch={FREE_SLOT_SWATCH} label="Free slot" dashed />}
      </ul>
    </section>
  );
}
