import type { Metadata } from 'next';
import Link from 'next/link';

import type { AppointmentStatusName } from '@healthsync/contracts/scheduling';

import { Notice } from '../../components/notice';
import { PatientAppointmentList } from '../../components/patient-appointment-list';
import { formatDate, formatTime } from '../../lib/clinic-time';
import { clinicTimeZone } from '../../lib/config';
import { requirePatient } from '../../lib/current-user';
import { doctorsById, listAppointments } from '../../lib/scheduling-api';

const UPCOMING_STATUSES = new Set<AppointmentStatusName>([
  'scheduled',
  'confirmed',
  'checked_in',
  'in_progress',
]);

export const metadata: Metadata = { title: 'My appointments' };

interface Props {
  searchParams: Promise<{ booked?: string; cancelled?: string }>;
}

export default async function PortalHomePage({ searchParams }: Props) {
  await requirePatient();
  const { booked, cancelled } = await searchParams;
  const timeZone = clinicTimeZone();
  const page = await listAppointments({ from: new Date().toISOString() });
  const upcoming = page.items
    .filter((appointment) => UPCOMING_STATUSES.has(appointment.status))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const doctors = await doctorsById(upcoming.map((appointment) => appointment.doctorId));
  const bookedAppointment = upcoming.find((appointment) => appointment.id === booked);

  return (
    <>
      {bookedAppointment && (
        <Notice
          message={`Your appointment on ${formatDate(bookedAppointment.startsAt, timeZone)} at ${formatTime(bookedAppointment.startsAt, timeZone)} is booked.`}
        />
      )}
      {cancelled && <Notice message="Your appointment has been cancelled." />}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1>My appointments</h1>
        <Link href="/portal/book" className="btn">
          Book an appointment
        </Link>
      </div>
      <p className="text-slate-700">Times are shown in the clinic&rsquo;s time zone ({timeZone}).</p>
      <PatientAppointmentList appointments={upcoming} doctors={doctors} timeZone={timeZone} />
    </>
  );
}
