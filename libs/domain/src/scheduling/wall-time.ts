import type { LocalDate, WallTime, Weekday } from './types';

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Minutes since local midnight, or null when the text is not `HH:mm`. */
export function wallMinutes(time: WallTime): number | null {
  const match = WALL_TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The date `YYYY-MM-DD` names, or null when it is malformed or does not exist (2026-02-30). */
export function parseLocalDate(date: LocalDate): CalendarDate | null {
  const match = LOCAL_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  const exists = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1;
  return exists && check.getUTCDate() === day ? { year, month, day } : null;
}

export function formatLocalDate({ year, month, day }: CalendarDate): LocalDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isoWeekday({ year, month, day }: CalendarDate): Weekday {
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sundayFirst === 0 ? 7 : sundayFirst) as Weekday;
}

/** Every calendar date from `first` to `last`, both included. */
export function datesFrom(first: CalendarDate, last: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  const end = Date.UTC(last.year, last.month - 1, last.day);
  for (let at = Date.UTC(first.year, first.month - 1, first.day); at <= end; at += DAY_MS) {
    const date = new Date(at);
    dates.push({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  }
  return dates;
}
