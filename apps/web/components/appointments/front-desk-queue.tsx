import type { DoctorView, QueueEntryView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { ScrollTable } from '@/components/ui/scroll-table';
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
        <ScrollTable
          label="Waiting patients, scrolls sideways"
          columns={['Patient', 'Doctor', 'Booked for', 'Waiting']}
        >
          {queue.map((entry) => (
            <tr key={entry.id} className="border-t border-slate-200">
              <td>{patients.get(entry.patientId) ?? 'Patient'}</td>
              <td>{doctorName(doctors.get(entry.doctorId))}</td>
              <td>
                <time dateTime={entry.startsAt}>{formatTime(entry.startsAt, timeZone)}</time>
              </td>
              <td>
                <WaitingMinutes key={`${entry.id}:${entry.waitingMinutes}`} minutes={entry.waitingMinutes} />
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
