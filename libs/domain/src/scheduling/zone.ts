import { DateTime, IANAZone } from 'luxon';
import { DomainError } from '../errors';
import type { CalendarDate } from './wall-time';
import { type LocalDate, SchedulingRuleCode } from './types';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The clinic's zone, refusing a name that is not a known IANA zone. */
export function clinicZone(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) {
    throw new DomainError('invalid', SchedulingRuleCode.InvalidTimeZone, `Unknown time zone '${timeZone}'.`, {
      timeZone,
    });
  }
  return zone;
}

function inZone(instant: Date, timeZone: string): DateTime<true> {
  const local = DateTime.fromJSDate(instant, { zone: clinicZone(timeZone) });
  if (!local.isValid) {
    throw new DomainError('invalid', SchedulingRuleCode.InvalidPolicy, 'Not a valid instant.');
  }
  return local;
}

/** The calendar date, `YYYY-MM-DD`, that an instant falls on in the zone. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  return inZone(instant, timeZone).toISODate();
}

/** The zone's UTC offset at an instant, `+01:00`. */
export function zoneOffset(instant: Date, timeZone: string): string {
  return inZone(instant, timeZone).toFormat('ZZ');
}

export function localCalendarDate(instant: Date, timeZone: string): CalendarDate {
  const { year, month, day } = inZone(instant, timeZone);
  return { year, month, day };
}

/**
 * Every real instant (epoch ms) at which the zone's clock shows this wall time on this date: none in a
 * spring-forward gap, two in a fall-back overlap, sorted. Each candidate offset is one the zone uses
 * within a day of the date; a candidate is real when the zone really has that offset at that instant.
 */
export function instantsOf(date: CalendarDate, minutes: number, zone: IANAZone): number[] {
  const naive = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
  const offsets = new Set([naive - DAY_MS, naive, naive + DAY_MS].map((at) => zone.offset(at)));
  const real = [...offsets]
    .map((offset) => naive - offset * MINUTE_MS)
    .filter((instant) => zone.offset(instant) === (naive - instant) / MINUTE_MS);
  return [...new Set(real)].sort((a, b) => a - b);
}

/**
 * Where a wall time in a spring-forward gap is skipped over: the instant the clock jumps, the first one
 * whose wall time is not earlier than it. Reading the wall time with the offset after the jump gives an
 * instant before the jump, with the offset before it one after; bisect in between.
 */
export function gapEnd(date: CalendarDate, minutes: number, zone: IANAZone): number {
  const naive = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
  const wallAt = (instant: number) => instant + zone.offset(instant) * MINUTE_MS;
  let before = naive - zone.offset(naive + DAY_MS) * MINUTE_MS;
  let after = naive - zone.offset(naive - DAY_MS) * MINUTE_MS;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (wallAt(middle) < naive) before = middle;
    else after = middle;
  }
  return after;
}

/** The instants a clinic-local date starts and ends at: 23, 24 or 25 hours apart. */
export function localDayBounds(date: LocalDate, timeZone: string): { from: Date; to: Date } {
  const start = DateTime.fromISO(date, { zone: clinicZone(timeZone) }).startOf('day');
  if (!start.isValid) {
    throw new DomainError('invalid', SchedulingRuleCode.InvalidPolicy, `Not a valid date: '${date}'.`);
  }
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}
