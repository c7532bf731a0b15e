import { randomUUID } from 'node:crypto';

import type { Metadata } from 'next';

import { BookSlotForm } from '../../../components/book-slot-form';
import { DayPicker } from '../../../components/day-picker';
import { DoctorPicker } from '../../../components/doctor-picker';
import { dayRange, formatLocalDay, formatTime, isLocalDay, upcomingDays } from '../../../lib/clinic-time';
import { clinicTimeZone } from '../../../lib/config';
import { requirePatient } from '../../../lib/current-user';
import { doctorName, listDoctors, listSlots } from '../../../lib/scheduling-api';

export const metadata: Metadata = { title: 'Book an appointment' };

const BOOKING_DAYS = 14;

interface Props {
  searchParams: Promise<{ specialty?: string; doctor?: string; day?: string }>;
}

async function SlotStep({ doctorId, day, label }: { doctorId: string; day: string; label: string }) {
  const zone = clinicTimeZone();
  const { from, to } = dayRange(day, zone);
  const { timeZone, slots } = await listSlots(doctorId, from, to);
  return (
    <section aria-labelledby="slot-step" className="space-y-3">
      <h2 id="slot-step">3. Choose a time</h2>
      <p className="text-slate-700">Times are in the clinic&rsquo;s time zone ({timeZone}).</p>
      {slots.length === 0 ? (
        <p>No free times on {formatLocalDay(day)}. Please choose another day.</p>
      ) : (
        <BookSlotForm
          doctorId={doctorId}
          bookingKey={randomUUID()}
          legend={`Free times with ${label} on ${formatLocalDay(day)}`}
          slots={slots.map((slot) => ({
            startsAt: slot.startsAt,
            label: formatTime(slot.startsAt, timeZone),
          }))}
        />
      )}
    </section>
  );
}

export default async function BookAppointmentPage({ searchParams }: Props) {
  await requirePatient();
  const params = await searchParams;
  const specialty = params.specialty?.trim() || undefined;
  const [all, filtered] = await Promise.all([
    listDoctors(),
    specialty ? listDoctors(specialty) : Promise.resolve(undefined),
  ]);
  const doctors = (filtered ?? all).items;
  const specialties = [...new Set(all.items.map((doctor) => doctor.specialty))].sort();
  const doctor = all.items.find((candidate) => candidate.id === params.doctor);
  const days = upcomingDays(clinicTimeZone(), BOOKING_DAYS);
  const day = isLocalDay(params.day) && days.includes(params.day) ? params.day : undefined;

  return (
    <>
      <h1>Book an appointment</h1>
      <DoctorPicker
        doctors={doctors}
        specialties={specialties}
        specialty={specialty}
        selectedId={doctor?.id}
      />
      {doctor && (
        <>
          <p>
            Booking with <strong>{doctorName(doctor)}</strong> ({doctor.specialty}).
          </p>
          <DayPicker doctorId={doctor.id} specialty={specialty} days={days} selectedDay={day} />
        </>
      )}
      {doctor && day && <SlotStep doctorId={doctor.id} day={day} label={doctorName(doctor)} />}
    </>
  );
}
