import { DateTime } from 'luxon';

export type CalendarView = 'day' | 'week';

export interface CalendarRange {
  /** Clinic-local dates shown, YYYY-MM-DD. */
  days: string[];
  /** UTC instants the range starts and ends at (the end exclusive). */
  from: string;
  to: string;
  previous: string;
  next: string;
}

/** A real calendar date as YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}

/** The clinic-local day or Monday-to-Sunday week around `date`, and the dates one step back and forward. */
export function calendarRange(view: CalendarView, date: string, timeZone: string): CalendarRange {
  const anchor = DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  const start = view === 'week' ? anchor.startOf('week') : anchor;
  const length = view === 'week' ? 7 : 1;
  const days = Array.from({ length }, (_, index) => start.plus({ days: index }).toISODate() ?? date);
  return {
    days,
    from: start.toUTC().toISO() ?? '',
    to: start.plus({ days: length }).toUTC().toISO() ?? '',
    previous: anchor.minus({ days: length }).toISODate() ?? date,
    next: anchor.plus({ days: length }).toISODate() ?? date,
  };
}

/** `?view=&date=&doctor=` of a calendar page; the clinic-wide view has no doctor. */
export function calendarHref(view: CalendarView, date: string, doctorId?: string): string {
  const query = new URLSearchParams({ view, date, ...(doctorId ? { doctor: doctorId } : {}) });
  return `/staff/calendar?${query.toString()}`;
}
