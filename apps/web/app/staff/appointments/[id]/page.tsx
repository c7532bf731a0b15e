import type { Metadata } from 'next';
import Link from 'next/link';

import { AppointmentActions } from '@/components/appointments/appointment-actions';
import { AppointmentDetails } from '@/components/appointments/appointment-details';
import { AppointmentHistory } from '@/components/appointments/appointment-history';
import { DayAndTimePicker } from '@/components/appointments/day-and-time-picker';
import { Notice } from '@/components/ui/notice';
import { staffRescheduleAction } from '@/lib/actions/staff-appointments';
import { availableActions, permittedActions, refusalOf } from '@/lib/appointment-rules';
import { appointmentHistory, appointmentOrNotFound } from '@/lib/appointments-api';
import { todayIn } from '@/lib/clinic-time';
import { clinicTimeZone } from '@/lib/config';
import { requireStaff } from '@/lib/current-user';
import { doctorName, getDoctor } from '@/lib/doctors-api';
import { patientNamesById } from '@/lib/patients-api';

export const metadata: Metadata = { title: 'Appointment' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ day?: string; booked?: string; rescheduled?: string }>;
}

export default async function StaffAppointmentPage({ params, searchParams }: Props) {
  const user = await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const appointment = await appointmentOrNotFound(id);
  const timeZone = clinicTimeZone();
  const [history, doctor, patients] = await Promise.all([
    appointmentHistory(id),
    getDoctor(appointment.doctorId),
    patientNamesById([appointment.patientId]),
  ]);
  const actions = availableActions(user, appointment);
  const waiting = permittedActions(user, appointment)
    .filter((action) => !actions.includes(action))
    .map((action) => refusalOf(user, appointment, action))
    .filter((reason): reason is string => reason !== null);
  const patientLabel = patients.get(appointment.patientId) ?? 'Patient record';
  const calendarHref = `/staff/calendar?view=day&date=${todayIn(timeZone, new Date(appointment.startsAt))}&doctor=${appointment.doctorId}`;

  return (
    <>
      {query.booked && <Notice message="The appointment is booked." />}
      {query.rescheduled && <Notice message="The appointment has been moved to the new time." />}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1>Appointment with {patientLabel}</h1>
        <Link href={calendarHref}>Show in the calendar</Link>
      </div>
      <AppointmentDetails
        appointment={appointment}
        doctorLabel={doctorName(doctor)}
        patient={{
          label: patientLabel,
          href: `/staff/patients/${encodeURIComponent(appointment.patientId)}`,
        }}
        timeZone={timeZone}
      />
      <section aria-labelledby="actions-heading" className="space-y-3">
        <h2 id="actions-heading">Actions</h2>
        {actions.length === 0 && <p>There is nothing you can change about this appointment now.</p>}
        <AppointmentActions appointmentId={appointment.id} version={appointment.version} actions={actions} />
        {waiting.map((reason) => (
          <p key={reason} className="text-slate-700">
            {reason}
          </p>
        ))}
      </section>
      {actions.includes('reschedule') && (
        <DayAndTimePicker
          headings={{ day: 'Reschedule: choose a day', time: 'Reschedule: choose a new time' }}
          idPrefix="reschedule"
          pathname={`/staff/appointments/${appointment.id}`}
          query={{}}
          requestedDay={query.day}
          doctorId={appointment.doctorId}
          doctorLabel={doctorName(doctor)}
          action={staffRescheduleAction}
          hidden={{ appointmentId: appointment.id, version: String(appointment.version) }}
        />
      )}
      <AppointmentHistory history={history} timeZone={timeZone} />
    </>
  );
}
