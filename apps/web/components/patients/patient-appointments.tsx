import Link from 'next/link';

import type { AppointmentView, DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { AppointmentStatusBadge } from '@/components/appointments/appointment-status-badge';
import { formatDate, formatTime } from '@/lib/clinic-time';
import { doctorName } from '@/lib/doctors-api';

const ACTIVE = new Set(['scheduled', 'confirmed', 'checked_in', 'in_progress']);

interface Props {
  appointments: AppointmentView[];
  doctors: Map<string, DoctorView>;
  timeZone: string;
  now?: Date;
}

function AppointmentList({
  title,
  items,
  doctors,
  timeZone,
}: Omit<Props, 'appointments'> & { title: string; items: AppointmentView[] }) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {items.length === 0 ? (
        <p className="text-slate-700">None.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {items.map((appointment) => (
            <li key={appointment.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
              <Link href={`/staff/appointments/${appointment.id}`} className="font-semibold">
                <time dateTime={appointment.startsAt}>
                  {formatDate(appointment.startsAt, timeZone)}, {formatTime(appointment.startsAt, timeZone)}
                </time>
              </Link>
              <span>{doctorName(doctors.get(appointment.doctorId))}</span>
              <AppointmentStatusBadge status={appointment.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The patient's appointments: what is coming (soonest first), then the rest (latest first). */
export function PatientAppointments({ appointments, doctors, timeZone, now = new Date() }: Props) {
  const shown = appointments.filter((appointment) => appointment.status !== 'held');
  const isUpcoming = (appointment: AppointmentView) =>
    ACTIVE.has(appointment.status) && new Date(appointment.endsAt) >= now;
  const upcoming = shown.filter(isUpcoming).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = shown
    .filter((appointment) => !isUpcoming(appointment))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <section aria-labelledby="appointments-heading" className="card space-y-3">
      <h2 id="appointments-heading">Appointments</h2>
      <p className="text-sm text-slate-700">Times in the clinic&rsquo;s time zone ({timeZone}).</p>
      <AppointmentList title="Upcoming" items={upcoming} doctors={doctors} timeZone={timeZone} />
      <AppointmentList title="Past and cancelled" items={past} doctors={doctors} timeZone={timeZone} />
    </section>
  );
}
