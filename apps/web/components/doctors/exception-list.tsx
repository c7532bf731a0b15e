import type { AvailabilityExceptionView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { formatLocalDay } from '@/lib/clinic-time';

import { RemoveExceptionButton } from './remove-exception-button';

export function describeException(exception: AvailabilityExceptionView): string {
  const day = formatLocalDay(exception.date);
  return exception.kind === 'day_off'
    ? `Day off on ${day}`
    : `Extra hours on ${day}, ${exception.start}–${exception.end}`;
}

/** The doctor's exceptions by date, each with its remove button. */
export function ExceptionList({
  doctorId,
  exceptions,
}: {
  doctorId: string;
  exceptions: AvailabilityExceptionView[];
}) {
  if (exceptions.length === 0) return <p>No days off or extra hours planned.</p>;
  const sorted = [...exceptions].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''),
  );
  return (
    <ul className="divide-y divide-slate-200">
      {sorted.map((exception) => (
        <li key={exception.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div>
            <p className="font-medium">{describeException(exception)}</p>
            <p className="text-sm text-slate-700">
              {exception.kind === 'extra_hours' && `${exception.slotMinutes}-minute slots`}
              {exception.kind === 'extra_hours' && exception.reason && ' · '}
              {exception.reason}
            </p>
          </div>
          <RemoveExceptionButton
            doctorId={doctorId}
            exceptionId={exception.id}
            label={describeException(exception)}
          />
        </li>
      ))}
    </ul>
  );
}
