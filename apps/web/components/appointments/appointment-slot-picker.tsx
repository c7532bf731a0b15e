import { dayRange, formatLocalDay, formatTime } from '@/lib/clinic-time';
import { clinicTimeZone } from '@/lib/config';
import { listSlots } from '@/lib/doctors-api';
import type { ActionState } from '@/lib/problem';

import { BookSlotForm } from './book-slot-form';

interface Props {
  heading: string;
  headingId: string;
  doctorId: string;
  doctorLabel: string;
  day: string;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
}

/** A doctor's free times on one clinic-local day, each a button named `HH:MM` that submits it. */
export async function AppointmentSlotPicker({
  heading,
  headingId,
  doctorId,
  doctorLabel,
  day,
  action,
  hidden,
}: Props) {
  const { from, to } = dayRange(day, clinicTimeZone());
  const { timeZone, slots } = await listSlots(doctorId, from, to);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId}>{heading}</h2>
      <p className="text-slate-700">Times are in the clinic&rsquo;s time zone ({timeZone}).</p>
      {slots.length === 0 ? (
        <p>No free times on {formatLocalDay(day)}. Please choose another day.</p>
      ) : (
        <BookSlotForm
          action={action}
          hidden={hidden}
          legend={`Free times with ${doctorLabel} on ${formatLocalDay(day)}`}
          slots={slots.map((slot) => ({
            startsAt: slot.startsAt,
            label: formatTime(slot.startsAt, timeZone),
          }))}
        />
      )}
    </section>
  );
}
