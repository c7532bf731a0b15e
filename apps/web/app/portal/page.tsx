import type { Metadata } from 'next';
import Link from 'next/link';

import type { AppointmentView } from '@healthsync/contracts/scheduling/scheduling.responses';
import { type AppointmentStatus, isActiveStatus } from '@healthsync/domain/appointments';

import { PatientAppointmentList } from '@/components/appointments/patient-appointment-list';
import { Notice } from '@/components/ui/notice';
import { availableActions } from '@/lib/appointment-rules';
import { listAllAppointments } from '@/lib/appointments-api';
import { formatDate, formatTime } from '@/lib/clinic-time';
import { clinicTimeZone } from '@/lib/config';
import { requirePatient } from '@/lib/current-user';
import { doctorsById } from '@/lib/doctors-api';

export const metadata: Metadata = { title: 'My appointments' };

interface Props {
  searchParams: Promise<{ booked?: string; cancelled?: string }>;
}

/** Still ahead and still on: everything else (over, cancelled, missed) is past. */
const isUpcoming = (appointment: AppointmentView, now: number) =>
  isActiveStatus(appointment.status as AppointmentStatus) && Date.parse(appointment.endsAt) > now;

export default async function PortalHomePage({ searchParams }: Props) {
  const user = await requirePatient();
  const { booked, cancelled } = await searchParams;
  const timeZone = clinicTimeZone();
  const now = Date.now();
  const all = (await listAllAppointments()).filter((appointment) => appointment.status !== 'held');
  const upcoming = all.filter((a) => isUpcoming(a, now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = all.filter((a) => !isUpcoming(a, now)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const doctors = await doctorsById(all.map((appointment) => appointment.doctorId));
  const cancellable = new Set(
    upcoming.filter((a) => availableActions(user, a).includes('cancel')).map((a) => a.id),
  );
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
      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading">Upcoming ({upcoming.length})</h2>
        <PatientAppointmentList
          appointments={upcoming}
          doctors={doctors}
          timeZone={timeZone}
          cancellable={cancellable}
          empty="You have no upcoming appointments."
        />
      </section>
      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading">Past and cancelled ({past.length})</h2>
        <PatientAppointmentList
          appointments={past}
          doctors={doctors}
          timeZone={timeZone}
          empty="No past appointments yet."
        />
      </section>
    </>
  );
}
