import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';

import { DayAndTimePicker } from '@/components/appointments/day-and-time-picker';
import { DoctorPicker, SpecialtyPicker } from '@/components/appointments/doctor-picker';
import { bookSlotAction } from '@/lib/actions/portal-appointments';
import { requirePatient } from '@/lib/current-user';
import { doctorName, listDoctors } from '@/lib/doctors-api';

export const metadata: Metadata = { title: 'Book an appointment' };

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

  return (
    <>
      <h1>Book an appointment</h1>
      <SpecialtyPicker specialties={specialties} selected={specialty} />
      {specialty && <DoctorPicker doctors={ofSpecialty} specialty={specialty} selectedId={doctor?.id} />}
      {doctor && (
        <DayAndTimePicker
          headings={{ day: '3. Choose a day', time: '4. Choose a time' }}
          idPrefix="book"
          pathname="/portal/book"
          query={{ specialty, doctor: doctor.id }}
          requestedDay={params.day}
          doctorId={doctor.id}
          doctorLabel={doctorName(doctor)}
          action={bookSlotAction}
          hidden={{ doctorId: doctor.id, bookingKey: randomUUID() }}
        />
      )}
    </>
  );
}
