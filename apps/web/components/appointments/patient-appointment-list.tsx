import Link from 'next/link';

import type { AppointmentView, DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { formatDate, formatTime } from '@/lib/clinic-time';
import { doctorName } from '@/lib/doctors-api';

import { AppointmentStatusBadge } from './appointment-status-badge';
import { CancelAppointmentForm } from './cancel-appointment-form';

interface Props {
  appointments: AppointmentView[];
  doctors: Map<string, DoctorView>;
  timeZone: string;
  empty: string;
  /** Appointments whose cancel button is offered in the list (still before the cut-off). */
  cancellable?: ReadonlySet<string>;
}

/** A patient's appointments, each linking to its page, where it can be moved or cancelled. */
export function PatientAppointmentList({ appointments, doctors, timeZone, empty, cancellable }: Props) {
  if (appointments.length === 0) return <p>{empty}</p>;
  return (
    <ul className="space-y-3">
      {appointments.map((appointment) => {
        const when = `${formatDate(appointment.startsAt, timeZone)}, ${formatTime(appointment.startsAt, timeZone)}`;
        return (
          <li key={appointment.id} className="card flex flex-wrap items-start justify-between gap-4">
            <div className="space-y-1">
              <p className="font-semibold">
                <Link href={`/portal/appointments/${encodeURIComponent(appointment.id)}`}>
                  <time dateTime={appointment.startsAt}>{when}</time>
                  <span className="sr-only"> — appointment details</span>
                </Link>
              </p>
              <p>{doctorName(doctors.get(appointment.doctorId))}</p>
              <AppointmentStatusBadge status={appointment.status} />
            </div>
            {cancellable?.has(appointment.id) && (
              <CancelAppointmentForm appointmentId={appointment.id} version={appointment.version} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
