import type { CurrentUser } from '@healthsync/contracts/auth';
import type { AppointmentStatusName } from '@healthsync/contracts/scheduling';
import type { AppointmentView, DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { statusLabel } from '@/lib/appointment-labels';
import { availableActions } from '@/lib/appointment-rules';
import { formatTime } from '@/lib/clinic-time';
import { doctorName } from '@/lib/doctors-api';

import { AppointmentActions } from './appointment-actions';

const STATUS_ORDER: AppointmentStatusName[] = [
  'checked_in',
  'in_progress',
  'confirmed',
  'scheduled',
  'completed',
  'no_show',
  'cancelled',
];

interface Props {
  appointments: AppointmentView[];
  doctors: Map<string, DoctorView>;
  patients: Map<string, string>;
  timeZone: string;
  /** Who looks: each row offers the actions this user may take now. */
  user: CurrentUser;
}

/** The day's appointments, one list per status. */
export function StaffDaySchedule({ appointments, doctors, patients, timeZone, user }: Props) {
  const groups = STATUS_ORDER.map((status) => ({
    status,
    items: appointments.filter((appointment) => appointment.status === status),
  })).filter((group) => group.items.length > 0);

  return (
    <section aria-labelledby="schedule-heading" className="space-y-4">
      <h2 id="schedule-heading">Appointments</h2>
      {groups.length === 0 && <p>No appointments today.</p>}
      {groups.map(({ status, items }) => (
        <section key={status} aria-labelledby={`status-${status}`} className="card">
          <h3 id={`status-${status}`} className="mb-2 font-semibold">
            {statusLabel(status)} ({items.length})
          </h3>
          <ul className="divide-y divide-slate-200">
            {items.map((appointment) => {
              const time = formatTime(appointment.startsAt, timeZone);
              const patient = patients.get(appointment.patientId) ?? 'Patient';
              return (
                <li key={appointment.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2">
                  <time dateTime={appointment.startsAt} className="w-14 font-semibold tabular-nums">
                    {time}
                  </time>
                  <span>{patient}</span>
                  <span className="text-slate-700">{doctorName(doctors.get(appointment.doctorId))}</span>
                  <div className="sm:ml-auto">
                    <AppointmentActions
                      appointmentId={appointment.id}
                      version={appointment.version}
                      actions={availableActions(user, appointment)}
                      subject={`${patient} at ${time}`}
                      compact
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
