import { randomUUID } from 'node:crypto';

import type { Metadata } from 'next';

import { AppointmentSlotPicker } from '../../../components/appointment-slot-picker';
import { DayPicker } from '../../../components/day-picker';
import { DoctorPicker, SpecialtyPicker } from '../../../components/doctor-picker';
import { isLocalDay, upcomingDays } from '../../../lib/clinic-time';
import { clinicTimeZone } from '../../../lib/config';
import { requirePatient } from '../../../lib/current-user';
import { doctorName, listDoctors } from '../../../lib/scheduling-api';
import { bookSlotAction } from '../actions';

export const metadata: Metadata = { title: 'Book an appointment' };

const BOOKING_DAYS = 14;

interface Props {
  searchParams: Promise<{ specialty?: string; doctor?: string; day?: string }>;
}

/** Specialty → doctor → day → time; each step is a link, so every step is a server-rendered URL. */
export default async function BookAppointmentPage({ searchParams }: Props) {
  await requirePatient();
  const params = await searchParams;
  const { items: doctors } = await listDoctors();
  const specialties = [...new Set(doctors.map((doctor) => doctor.specialty))].sort();
  const specialty = specialties.find((name) => name === params.specialty);
  const ofSpecialty = doctors.filter((doctor) => doctor.specialty === specialty);
  const doctor = ofSpecialty.find((candidate) => candidate.id === params.doctor);
  const days = upcomingDays(clinicTimeZone(), BOOKING_DAYS);
  const day = isLocalDay(params.day) && days.includes(params.day) ? params.day : undefined;

  return (
    <>
      <h1>Book an appointment</h1>
      <SpecialtyPicker specialties={specialties} selected={specialty} />
      {specialty && <DoctorPicker doctors={ofSpecialty} specialty={specialty} selectedId={doctor?.id} />}
      {specialty && doctor && (
        <DayPicker
          heading="3. Choose a day"
          headingId="day-step"
          pathname="/portal/book"
          query={{ specialty, doctor: doctor.id }}
          days={days}
          selectedDay={day}
        />
      )}
      {doctor && day && (
        <AppointmentSlotPicker
          heading="4. Choose a time"
          headingId="slot-step"
          doctorId={doctor.id}
          doctorLabel={doctorName(doctor)}
          day={day}
          action={bookSlotAction}
          hidden={{ doctorId: doctor.id, bookingKey: randomUUID() }}
        />
      )}
    </>
  );
}
