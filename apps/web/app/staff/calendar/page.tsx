import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';

import type { CurrentUser } from '@healthsync/contracts/auth';
import type { AppointmentView, DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';
import { mayPerform } from '@healthsync/domain/appointments';

import { CalendarAgenda } from '@/components/calendar/calendar-agenda';
import { CalendarToolbar } from '@/components/calendar/calendar-toolbar';
import { StaffCalendar } from '@/components/calendar/staff-calendar';
import { StatusLegend } from '@/components/calendar/status-legend';
import { listAllAppointments } from '@/lib/appointments-api';
import { calendarRange, type CalendarView, isCalendarDate } from '@/lib/calendar/calendar-range';
import { CALENDAR_STATUSES } from '@/lib/calendar/status-colors';
import { formatLocalDay, formatTime, todayIn } from '@/lib/clinic-time';
import { clinicTimeZone } from '@/lib/config';
import { requireStaff } from '@/lib/current-user';
import { doctorName, listDoctors, listSlots } from '@/lib/doctors-api';
import { patientNamesById } from '@/lib/patients-api';

export const metadata: Metadata = { title: 'Calendar' };

interface Props {
  searchParams: Promise<{ view?: string; date?: string; doctor?: string }>;
}

/** A doctor sees their own calendar; front desk and admins choose a doctor or the whole clinic. */
function chosenDoctor(user: CurrentUser, doctors: DoctorView[], requested?: string): DoctorView | undefined {
  const id = user.doctorId ?? requested;
  return doctors.find((doctor) => doctor.id === id);
}

const mayBook = (user: CurrentUser) =>
  mayPerform(user.role, 'book', { isOwnPatient: false, isOwnDoctor: false });

function titleOf(view: CalendarView, days: string[]): string {
  const first = days[0] ?? '';
  const year = first.slice(0, 4);
  return view === 'day'
    ? `${formatLocalDay(first)} ${year}`
    : `${formatLocalDay(first)} – ${formatLocalDay(days.at(-1) ?? first)} ${year}`;
}

function eventTitle(
  appointment: AppointmentView,
  patients: Map<string, string>,
  doctors: Map<string, DoctorView>,
  withDoctor: boolean,
): string {
  const patient = patients.get(appointment.patientId) ?? 'Patient';
  return withDoctor ? `${patient} · ${doctorName(doctors.get(appointment.doctorId))}` : patient;
}

export default async function StaffCalendarPage({ searchParams }: Props) {
  const user = await requireStaff();
  const params = await searchParams;
  const timeZone = clinicTimeZone();
  const today = todayIn(timeZone);
  const view: CalendarView = params.view === 'day' ? 'day' : 'week';
  const date = isCalendarDate(params.date) ? params.date : today;
  const range = calendarRange(view, date, timeZone);
  const { items: allDoctors } = await listDoctors();
  const doctor = chosenDoctor(user, allDoctors, params.doctor);

  const [appointments, slotList] = await Promise.all([
    listAllAppointments({ from: range.from, to: range.to, doctorId: doctor?.id }),
    doctor ? listSlots(doctor.id, range.from, range.to) : Promise.resolve(undefined),
  ]);
  const shown = appointments
    .filter((appointment) => appointment.status !== 'held')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const patients = await patientNamesById(shown.map((appointment) => appointment.patientId));
  const doctors = new Map(allDoctors.map((entry) => [entry.id, entry]));
  const drawn = shown.filter((appointment) => CALENDAR_STATUSES.includes(appointment.status));

  return (
    <>
      <div>
        <h1>Calendar{doctor ? ` of ${doctorName(doctor)}` : ': whole clinic'}</h1>
        <p className="text-slate-700">Times in the clinic&rsquo;s time zone ({timeZone}).</p>
      </div>
      <CalendarToolbar
        view={view}
        date={date}
        today={today}
        range={range}
        title={titleOf(view, range.days)}
        doctors={user.doctorId ? undefined : allDoctors}
        doctorId={user.doctorId ? undefined : doctor?.id}
      />
      <StatusLegend withFreeSlots={slotList !== undefined} />
      {!doctor && <p className="text-slate-700">Choose a doctor to see their free slots and book one.</p>}
      {view === 'week' && (
        <p className="text-slate-700 sm:hidden">
          On a small screen the calendar shows one day ({formatLocalDay(date)}); the list below has the whole
          week.
        </p>
      )}
      <StaffCalendar
        view={view}
        date={date}
        timeZone={timeZone}
        doctorId={user.doctorId ? undefined : doctor?.id}
        appointments={drawn.map((appointment) => ({
          id: appointment.id,
          title: eventTitle(appointment, patients, doctors, !doctor),
          start: appointment.startsAt,
          end: appointment.endsAt,
          status: appointment.status,
        }))}
        slots={(slotList?.slots ?? []).map((slot) => ({
          start: slot.startsAt,
          end: slot.endsAt,
          label: `${formatLocalDay(slot.date)}, ${formatTime(slot.startsAt, timeZone)}`,
        }))}
        booking={
          doctor && mayBook(user)
            ? { doctorId: doctor.id, doctorLabel: doctorName(doctor), bookingKey: randomUUID() }
            : undefined
        }
      />
      <CalendarAgenda
        days={range.days}
        appointments={shown}
        doctors={doctors}
        patients={patients}
        timeZone={timeZone}
        showDoctor={!doctor}
      />
    </>
  );
}
