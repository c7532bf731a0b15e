import type { Metadata } from 'next';
import Link from 'next/link';

import { Role } from '@healthsync/domain/accounts';

import { AvailabilityEditor } from '@/components/doctors/availability-editor';
import { DoctorProfileForm } from '@/components/doctors/doctor-profile-form';
import { DoctorProfileView } from '@/components/doctors/doctor-profile-view';
import { ExceptionForm } from '@/components/doctors/exception-form';
import { ExceptionList } from '@/components/doctors/exception-list';
import { FreeTimes } from '@/components/doctors/free-times';
import { clinicTimeZone } from '@/lib/config';
import { requireStaff } from '@/lib/current-user';
import { doctorName, getAvailability, getDoctor, mayManageSchedule } from '@/lib/doctors-api';
import { byIdOrNotFound } from '@/lib/not-found';

export const metadata: Metadata = { title: 'Doctor' };

interface Props {
  params: Promise<{ id: string }>;
}

export default async function DoctorPage({ params }: Props) {
  const user = await requireStaff();
  const { id } = await params;
  const doctor = await byIdOrNotFound(id, getDoctor);
  const manages = mayManageSchedule(user, doctor.id);
  const availability = manages ? await getAvailability(doctor.id) : null;
  const timeZone = clinicTimeZone();
  const own = user.role === Role.Doctor && user.doctorId === doctor.id;

  return (
    <>
      <div>
        <p>
          <Link href="/staff/doctors">All doctors</Link>
        </p>
        <h1>{doctorName(doctor)}</h1>
        <p className="text-slate-700">
          {doctor.specialty}
          {own && ' · your profile'}
        </p>
      </div>
      <DoctorProfileView doctor={doctor} />
      {user.role === Role.Admin && <DoctorProfileForm doctor={doctor} />}
      {availability ? (
        <>
          <AvailabilityEditor
            doctorId={doctor.id}
            rules={availability.rules}
            defaultSlotMinutes={doctor.defaultSlotMinutes}
            timeZone={timeZone}
          />
          <section aria-labelledby="exceptions-heading" className="card space-y-4">
            <h2 id="exceptions-heading">Days off and extra hours</h2>
            <p className="text-slate-700">
              Dates and times are in the clinic&rsquo;s time zone ({timeZone}).
            </p>
            <ExceptionList doctorId={doctor.id} exceptions={availability.exceptions} />
            <ExceptionForm doctorId={doctor.id} defaultSlotMinutes={doctor.defaultSlotMinutes} />
          </section>
        </>
      ) : (
        <FreeTimes doctorId={doctor.id} />
      )}
    </>
  );
}
