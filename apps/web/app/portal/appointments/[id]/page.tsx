import type { Metadata } from 'next';
import Link from 'next/link';

import { AppointmentDetails } from '@/components/appointments/appointment-details';
import { AppointmentHistory } from '@/components/appointments/appointment-history';
import { CancelAppointmentForm } from '@/components/appointments/cancel-appointment-form';
import { DayAndTimePicker } from '@/components/appointments/day-and-time-picker';
import { Notice } from '@/components/ui/notice';
import { rescheduleOwnAppointmentAction } from '@/lib/actions/portal-appointments';
import { availableActions, cancellationCutoff, permittedActions } from '@/lib/appointment-rules';
import { appointmentHistory, appointmentOrNotFound } from '@/lib/appointments-api';
import { formatDate, formatTime } from '@/lib/clinic-time';
import { clinicTimeZone } from '@/lib/config';
import { requirePatient } from '@/lib/current-user';
import { doctorName, getDoctor } from '@/lib/doctors-api';

export const metadata: Metadata = { title: 'My appointment' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ day?: string; rescheduled?: string }>;
}

export default async function PatientAppointmentPage({ params, searchParams }: Props) {
  const user = await requirePatient();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const appointment = await appointmentOrNotFound(id);
  const timeZone = clinicTimeZone();
  const [doctor, history] = await Promise.all([getDoctor(appointment.doctorId), appointmentHistory(id)]);
  const actions = availableActions(user, appointment);
  const changeable = permittedActions(user, appointment).some(
    (action) => action === 'cancel' || action === 'reschedule',
  );
  const { cutoff, hours } = cancellationCutoff(appointment);
  const cutoffText = `${formatDate(cutoff.toISOString(), timeZone)}, ${formatTime(cutoff.toISOString(), timeZone)}`;

  return (
    <>
      {query.rescheduled && <Notice message="Your appointment has been moved to the new time." />}
      <p>
        <Link href="/portal">Back to my appointments</Link>
      </p>
      <h1>Appointment with {doctorName(doctor)}</h1>
      <AppointmentDetails appointment={appointment} doctorLabel={doctorName(doctor)} timeZone={timeZone} />
      {changeable && (
        <section aria-labelledby="change-heading" className="space-y-3">
          <h2 id="change-heading">Cancel or move this appointment</h2>
          {actions.includes('cancel') ? (
            <>
              <p>
                You can cancel or move it online until {cutoffText} ({timeZone}), {hours} hours before it
                starts.
              </p>
              <CancelAppointmentForm appointmentId={appointment.id} version={appointment.version} />
            </>
          ) : (
            <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
              It is too late to cancel or move this appointment online: that is possible only up to {hours}{' '}
              hours before it starts (until {cutoffText}, {timeZone}). Please call the clinic.
            </p>
          )}
        </section>
      )}
      {actions.includes('reschedule') && (
        <DayAndTimePicker
          headings={{ day: 'Move it: choose a new day', time: 'Move it: choose a new time' }}
          idPrefix="reschedule"
          pathname={`/portal/appointments/${appointment.id}`}
          query={{}}
          requestedDay={query.day}
          doctorId={appointment.doctorId}
          doctorLabel={doctorName(doctor)}
          action={rescheduleOwnAppointmentAction}
          hidden={{ appointmentId: appointment.id, version: String(appointment.version) }}
        />
      )}
      <AppointmentHistory history={history} timeZone={timeZone} />
    </>
  );
}
