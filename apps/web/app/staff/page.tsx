import type { Metadata } from 'next';

import { Role } from '@healthsync/domain/accounts';

import { FrontDeskQueue } from '@/components/appointments/front-desk-queue';
import { HeldSlots } from '@/components/appointments/held-slots';
import { StaffDaySchedule } from '@/components/appointments/staff-day-schedule';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import { frontDeskQueue, listAppointments, listHolds } from '@/lib/appointments-api';
import { dayRange, formatLocalDay, todayIn } from '@/lib/clinic-time';
import { clinicTimeZone } from '@/lib/config';
import { requireStaff } from '@/lib/current-user';
import { doctorsById } from '@/lib/doctors-api';
import { patientNamesById } from '@/lib/patients-api';

export const metadata: Metadata = { title: 'Today' };

export default async function StaffTodayPage() {
  const user = await requireStaff();
  // The API gives a doctor only their own appointments and queue.
  const isDoctor = user.role === Role.Doctor;
  const timeZone = clinicTimeZone();
  const today = todayIn(timeZone);
  // Doctors see no holds; the front desk and admins see every live one and may release it.
  const [page, queue, holds] = await Promise.all([
    listAppointments(dayRange(today, timeZone)),
    frontDeskQueue(),
    isDoctor ? Promise.resolve([]) : listHolds(),
  ]);
  const appointments = [...page.items]
    .filter((appointment) => appointment.status !== 'held')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const everyone = [...appointments, ...queue, ...holds];
  const [doctors, patients] = await Promise.all([
    doctorsById(everyone.map((appointment) => appointment.doctorId)),
    patientNamesById(everyone.map((appointment) => appointment.patientId)),
  ]);

  return (
    <>
      <div>
        <h1>Today</h1>
        <p className="text-slate-700">
          {formatLocalDay(today)} · {isDoctor ? 'your appointments · ' : ''}times in the clinic&rsquo;s time
          zone ({timeZone})
        </p>
        <LiveRefresh on="appointment.changed" label="Today’s lists" />
      </div>
      <FrontDeskQueue
        queue={queue}
        doctors={doctors}
        patients={patients}
        timeZone={timeZone}
        ownPatientsOnly={isDoctor}
      />
      <StaffDaySchedule
        appointments={appointments}
        doctors={doctors}
        patients={patients}
        timeZone={timeZone}
        user={user}
      />
      {!isDoctor && <HeldSlots holds={holds} doctors={doctors} patients={patients} timeZone={timeZone} />}
    </>
  );
}
