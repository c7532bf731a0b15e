import { appointmentType, type AppointmentTypeName } from './appointment-type';

/** What of a doctor's booking rules decides how long their appointments take. */
export interface DoctorTimingRules {
  defaultSlotMinutes: number;
  /** Kept free after each appointment. */
  bufferMinutes: number;
}

export interface AppointmentTiming {
  startsAt: Date;
  endsAt: Date;
  /** The end plus the doctor's buffer: the range no other appointment of the doctor's may overlap. */
  busyUntil: Date;
}

/** When an appointment of this type starts, ends, and keeps the doctor busy until. */
export function appointmentTiming(
  rules: DoctorTimingRules,
  startsAt: Date,
  type: AppointmentTypeName,
): AppointmentTiming {
  const minutes = appointmentType(type).durationMinutes(rules.defaultSlotMinutes);
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  return { startsAt, endsAt, busyUntil: new Date(endsAt.getTime() + rules.bufferMinutes * 60_000) };
}
