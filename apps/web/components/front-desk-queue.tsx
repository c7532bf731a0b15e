import type { DoctorView, QueueEntryView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { formatTime } from '../lib/clinic-time';
import { doctorName } from '../lib/scheduling-api';

interface Props {
  queue: QueueEntryView[];
  doctors: Map<string, DoctorView>;
  patients: Map<string, string>;
  timeZone: string;
}

/** Checked-in patients in arrival order, with how long each has waited. */
export function FrontDeskQueue({ queue, doctors, patients, timeZone }: Props) {
  return (
    <section aria-labelledby="queue-heading" className="space-y-3">
      <h2 id="queue-heading">Waiting room</h2>
      {queue.length === 0 ? (
        <p>Nobody is waiting.</p>
      ) : (
        <table className="card w-full text-left">
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Doctor</th>
              <th scope="col">Appointment</th>
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
                <td>{entry.waitingMinutes} min</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
