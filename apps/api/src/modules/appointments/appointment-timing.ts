import type { AppointmentTypeName } from '@healthsync/contracts/scheduling';
import { appointmentType } from '@healthsync/domain/appointments';

import type { DoctorRecord } from '../doctors/doctors.repository';
import type { Appointment } from './appointments.repository';

/** When an appointment of this type with this doctor starts, ends, and keeps the doctor busy until (the buffer). */
export function timingOf(
  { doctor }: DoctorRecord,
  startsAt: Date,
  type: AppointmentTypeName,
): Pick<Appointment, 'startsAt' | 'endsAt' | 'busyUntil'> {
  const minutes = appointmentType(type).durationMinutes(doctor.defaultSlotMinutes);
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  return { startsAt, endsAt, busyUntil: new Date(endsAt.getTime() + doctor.bufferMinutes * 60_000) };
}
