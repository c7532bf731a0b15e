import type { AppointmentView, DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { formatDate, formatTime } from '../lib/clinic-time';
import { doctorName } from '../lib/scheduling-api';
import { AppointmentStatusBadge } from './appointment-status-badge';
import { CancelAppointmentForm } from './cancel-appointment-form';

const CANCELLABLE = new Set(['scheduled', 'confirmed']);

interface Props {
  appointments: AppointmentView[];
  doctors: Map<string, DoctorView>;
  timeZone: string;
}

export function PatientAppointmentList({ appointments, doctors, timeZone }: Props) {
  if (appointments.length === 0) return <p>You have no upcoming appointments.</p>;
  return (
    <ul className="space-y-3">
      {appointments.map((appointment) => (
        <li key={appointment.id} className="card flex flex-wrap items-start justify-between gap-4">
          <div className="space-y-1">
            <p className="font-semibold">
              <time dateTime={appointment.startsAt}>
                {formatDate(appointment.startsAt, timeZone)}, {formatTime(appointment.startsAt, timeZone)}
              </time>
            </p>
            <p>{doctorName(doctors.get(appointment.doctorId))}</p>
            <AppointmentStatusBadge status={appointment.status} />
          </div>
          {CANCELLABLE.has(appointment.status) && (
            <CancelAppointmentForm appointmentId={appointment.id} version={appointment.version} />
          )}
        </li>
      ))}
    </ul>
  );
}
