import type { DoctorView, QueueEntryView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { formatTime } from '@/lib/clinic-time';
import { doctorName } from '@/lib/doctors-api';
import { WaitingMinutes } from './waiting-minutes';

interface Props {
  queue: QueueEntryView[];
  doctors: Map<string, DoctorView>;
  patients: Map<string, string>;
  timeZone: string;
  /** A doctor sees only their own patients, so the heading says so. */
  ownPatientsOnly?: boolean;
}

/** Checked-in patients in arrival order, with how long each has waited (counting on in the browser). */
export function FrontDeskQueue({ queue, doctors, patients, timeZone, ownPatientsOnly = false }: Props) {
  return (
    <section aria-labelledby="queue-heading" className="space-y-3" data-testid="waiting-room">
      <h2 id="queue-heading">{ownPatientsOnly ? 'Your waiting patients' : 'Waiting room'}</h2>
      {queue.length === 0 ? (
        <p className="card">Nobody is waiting.</p>
      ) : (
        <div
          className="card overflow-x-auto p-0"
          tabIndex={0}
          role="region"
          aria-label="Waiting patients, scrolls sideways"
        >
          <table className="queue-table">
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Doctor</th>
                <th scope="col">Booked for</th>
                <th scope="col">Waiting</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((entry) => (
                <tr key={entry.id} className="border-t border-slate-200">
                  <td>{patients.get(entry.patientId) ?? 'Patient'}</td>
                  <td>{doctorName(doctors.get(entry.doctorId))}</td>
                  <td>
                    <time dateTime={entry.startsAt}>{formatTime(entry.startsAt, timeZone)}</time>
                  </td>
                  <td>
                    <WaitingMinutes
                      key={`${entry.id}:${entry.waitingMinutes}`}
                      minutes={entry.waitingMinutes}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
