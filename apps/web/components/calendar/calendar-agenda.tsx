import Link from 'next/link';

import type { AppointmentView, DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { AppointmentStatusBadge } from '@/components/appointments/appointment-status-badge';
import { formatLocalDay, formatTime, todayIn } from '@/lib/clinic-time';
import { doctorName } from '@/lib/doctors-api';

interface Props {
  days: string[];
  appointments: AppointmentView[];
  doctors: Map<string, DoctorView>;
  patients: Map<string, string>;
  timeZone: string;
  showDoctor: boolean;
}

/** The calendar's appointments as a plain list of links, day by day: for keyboards and screen readers. */
export function CalendarAgenda({ days, appointments, doctors, patients, timeZone, showDoctor }: Props) {
  const byDay = days.map((day) => ({
    day,
    items: appointments.filter((appointment) => todayIn(timeZone, new Date(appointment.startsAt)) === day),
  }));
  return (
    <section aria-labelledby="agenda-heading" className="space-y-3">
      <h2 id="agenda-heading">Appointments as a list</h2>
      {appointments.length === 0 && <p>No appointments in this range.</p>}
      {byDay
        .filter(({ items }) => items.length > 0)
        .map(({ day, items }) => (
          <section key={day} aria-labelledby={`agenda-${day}`} className="card">
            <h3 id={`agenda-${day}`} className="mb-2 font-semibold">
              <time dateTime={day}>{formatLocalDay(day)}</time>
            </h3>
            <ul className="divide-y divide-slate-200">
              {items.map((appointment) => (
                <li key={appointment.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                  <time
                    dateTime={appointment.startsAt}
                    className="w-28 font-semibold whitespace-nowrap tabular-nums"
                  >
                    {formatTime(appointment.startsAt, timeZone)}–{formatTime(appointment.endsAt, timeZone)}
                  </time>
                  <Link href={`/staff/appointments/${encodeURIComponent(appointment.id)}`}>
                    {patients.get(appointment.patientId) ?? 'Patient'}
                  </Link>
                  {showDoctor && (
                    <span className="text-slate-700">{doctorName(doctors.get(appointment.doctorId))}</span>
                  )}
                  <AppointmentStatusBadge status={appointment.status} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
