import { isLocalDay, upcomingDays } from '@/lib/clinic-time';
import { clinicTimeZone } from '@/lib/config';
import type { ActionState } from '@/lib/problem';

import { AppointmentSlotPicker } from './appointment-slot-picker';
import { DayPicker } from './day-picker';

/** How many days ahead, from today, an appointment can be booked or moved to. */
const BOOKABLE_DAYS = 14;

interface Props {
  headings: { day: string; time: string };
  /** Prefixes the sections' heading ids: `<idPrefix>-day`, `<idPrefix>-time`. */
  idPrefix: string;
  pathname: string;
  /** The choices made so far, kept in every day's link. */
  query: Record<string, string | undefined>;
  /** The `day` of the URL; ignored unless it is one of the bookable days. */
  requestedDay: string | undefined;
  doctorId: string;
  doctorLabel: string;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
}

/** The next bookable days as links, then, once one is chosen, the doctor's free times on it. */
export function DayAndTimePicker({ headings, idPrefix, pathname, query, requestedDay, ...slots }: Props) {
  const days = upcomingDays(clinicTimeZone(), BOOKABLE_DAYS);
  const day = isLocalDay(requestedDay) && days.includes(requestedDay) ? requestedDay : undefined;
  return (
    <>
      <DayPicker
        heading={headings.day}
        headingId={`${idPrefix}-day`}
        pathname={pathname}
        query={query}
        days={days}
        selectedDay={day}
      />
      {day && (
        <AppointmentSlotPicker heading={headings.time} headingId={`${idPrefix}-time`} day={day} {...slots} />
      )}
    </>
  );
}
