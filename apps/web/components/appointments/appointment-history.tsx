import type {
  AppointmentActorView,
  AppointmentTransitionView,
} from '@healthsync/contracts/scheduling/scheduling.responses';

import { statusLabel } from '@/lib/appointment-labels';
import { formatDate, formatTime } from '@/lib/clinic-time';

const ACTION_LABELS: Record<string, string> = {
  book: 'Booked',
  confirm: 'Confirmed',
  check_in: 'Checked in',
  start: 'Visit started',
  complete: 'Visit completed',
  cancel: 'Cancelled',
  no_show: 'Marked no-show',
  reschedule: 'Moved to another time',
};

const ROLE_LABELS: Record<string, string> = {
  admin: 'Administrator',
  doctor: 'Doctor',
  receptionist: 'Front desk',
  patient: 'Patient',
};

/** "Riley Chen (Front desk)", or the role alone when the name is unknown. */
function describeActor(actor: AppointmentActorView): string {
  const role = ROLE_LABELS[actor.role] ?? actor.role;
  return actor.name ? `${actor.name} (${role})` : role;
}

/** Every change of an appointment, oldest first: what, when, by whom (name and role), and why. */
export function AppointmentHistory({
  history,
  timeZone,
}: {
  history: AppointmentTransitionView[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading">History</h2>
      {history.length === 0 ? (
        <p>No changes yet.</p>
      ) : (
        <ol className="card divide-y divide-slate-200 py-1">
          {history.map((change, index) => (
            <li key={`${change.at}-${index}`} className="flex flex-wrap gap-x-4 gap-y-1 py-2">
              <time dateTime={change.at} className="w-52 tabular-nums text-slate-700">
                {formatDate(change.at, timeZone)}, {formatTime(change.at, timeZone)}
              </time>
              <span className="font-medium">{ACTION_LABELS[change.action] ?? change.action}</span>
              <span className="text-slate-700">
                {change.from ? `${statusLabel(change.from)} → ` : ''}
                {statusLabel(change.to)}
              </span>
              {change.actor && <span>by {describeActor(change.actor)}</span>}
              {change.reason && <span className="basis-full">Reason: {change.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
