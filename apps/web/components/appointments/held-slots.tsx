import type { AppointmentView, DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { ScrollTable } from '@/components/ui/scroll-table';
import { releaseHoldAction } from '@/lib/actions/staff-appointments';
import { formatDate, formatTime } from '@/lib/clinic-time';
import { doctorName } from '@/lib/doctors-api';

interface Props {
  holds: AppointmentView[];
  doctors: Map<string, DoctorView>;
  patients: Map<string, string>;
  timeZone: string;
}

/** Slots held while someone books (five minutes each): who holds which, and a Release for each. */
export function HeldSlots({ holds, doctors, patients, timeZone }: Props) {
  return (
    <section aria-labelledby="holds-heading" className="space-y-3" data-testid="held-slots">
      <h2 id="holds-heading">Slots on hold</h2>
      {holds.length === 0 ? (
        <p className="card">No slot is on hold.</p>
      ) : (
        <ScrollTable
          label="Held slots, scrolls sideways"
          columns={[
            'Held for',
            'Doctor',
            'Slot',
            'Until',
            <span key="action" className="sr-only">
              Action
            </span>,
          ]}
        >
          {holds.map((hold) => {
            const patient = patients.get(hold.patientId) ?? 'Patient';
            return (
              <tr key={hold.id} className="border-t border-slate-200">
                <td>{patient}</td>
                <td>{doctorName(doctors.get(hold.doctorId))}</td>
                <td>
                  <time dateTime={hold.startsAt}>
                    {formatDate(hold.startsAt, timeZone)}, {formatTime(hold.startsAt, timeZone)}
                  </time>
                </td>
                <td>
                  {hold.holdExpiresAt && (
                    <time dateTime={hold.holdExpiresAt}>{formatTime(hold.holdExpiresAt, timeZone)}</time>
                  )}
                </td>
                <td>
                  <form action={releaseHoldAction}>
                    <input type="hidden" name="appointmentId" value={hold.id} />
                    <button
                      type="submit"
                      className="btn-secondary"
                      aria-label={`Release the slot held for ${patient}`}
                    >
                      Release
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </ScrollTable>
      )}
    </section>
  );
}
