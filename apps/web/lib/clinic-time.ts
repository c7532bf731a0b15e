import { localDate, localDayBounds } from '@healthsync/domain/scheduling';

const LOCALE = 'en-GB';

export function formatTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

export function formatDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(instant));
}

/** A date without a time (YYYY-MM-DD): it names no instant, so it is formatted as noon UTC of that day. */
function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', ...options }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** A clinic-local date (YYYY-MM-DD) as a short weekday and date, e.g. "Mon 4 May". */
export const formatLocalDay = (day: string): string =>
  formatDay(day, { weekday: 'short', day: 'numeric', month: 'short' });

/** A calendar date (YYYY-MM-DD) such as a date of birth, as people read it: 12 Apr 1985. */
export const formatCalendarDate = (day: string): string =>
  formatDay(day, { day: 'numeric', month: 'short', year: 'numeric' });

export function todayIn(timeZone: string, now = new Date()): string {
  return localDate(now, timeZone);
}

/** The next `count` clinic-local dates, starting today. */
export function upcomingDays(timeZone: string, count: number, now = new Date()): string[] {
  const days: string[] = [];
  let day = todayIn(timeZone, now);
  for (let i = 0; i < count; i++) {
    days.push(day);
    day = localDate(localDayBounds(day, timeZone).to, timeZone);
  }
  return days;
}

/** The UTC instants a clinic-local day starts and ends at, as ISO strings. */
export function dayRange(day: string, timeZone: string): { from: string; to: string } {
  const { from, to } = localDayBounds(day, timeZone);
  return { from: from.toISOString(), to: to.toISOString() };
}

export const isLocalDay = (value: string | undefined): value is string =>
  value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
