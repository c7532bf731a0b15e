import type { IANAZone } from 'luxon';
import { DomainError } from '../errors';
import { validateExceptions, validateWeeklyRules } from './validation';
import { type CalendarDate, datesFrom, formatLocalDate, isoWeekday, wallMinutes } from './wall-time';
import { clinicZone, gapEnd, instantsOf, localCalendarDate, localDate } from './zone';
import {
  type AvailabilityException,
  type BusyInterval,
  type FieldError,
  type LocalDate,
  SchedulingRuleCode,
  type Slot,
  type SlotPolicy,
  type SlotRange,
  type WallTime,
  type WeeklyRule,
} from './types';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

interface Window {
  start: WallTime;
  end: WallTime;
  slotMinutes: number;
}

interface Interval {
  start: number;
  end: number;
}

/** What a candidate slot is checked against, in epoch ms. */
interface Bounds {
  /** Slots start at or after this and before `latestStart`. */
  earliestStart: number;
  latestStart: number;
  /** Slots end at or before this. */
  latestEnd: number;
  bufferMs: number;
  busy: Interval[];
}

/**
 * The bookable slots in [from, to), as UTC instants, sorted by start. Windows are walked in real
 * elapsed time between the instants their wall-clock start and end resolve to on each local date, so a
 * DST day has exactly the slots its real clock allows (see `windowBounds`).
 */
export function generateSlots(
  rules: readonly WeeklyRule[],
  exceptions: readonly AvailabilityException[],
  busy: readonly BusyInterval[],
  range: SlotRange,
  policy: SlotPolicy,
): Slot[] {
  validateWeeklyRules(rules);
  validateExceptions(exceptions);
  validatePolicy(range, policy);
  const zone = clinicZone(policy.timeZone);
  const bounds = bookingBounds(busy, range, policy);
  if (bounds.latestStart <= bounds.earliestStart) return [];
  const bookedOn = bookingsPerDay(busy, policy);
  const dates = datesFrom(
    localCalendarDate(new Date(bounds.earliestStart), policy.timeZone),
    localCalendarDate(new Date(bounds.latestStart - 1), policy.timeZone),
  );
  const slots = dates
    .filter((date) => hasRoomUnderCap(bookedOn(formatLocalDate(date)), policy.dailyCap))
    .flatMap((date) =>
      windowsOn(date, rules, exceptions, policy.appointmentType).map((window) => ({ date, window })),
    )
    .flatMap(({ date, window }) =>
      windowSlots(date, window, zone, policy.durationMinutes ?? window.slotMinutes),
    )
    .filter((slot) => isBookable(slot, bounds));
  return uniqueSorted(slots).map(({ start, end }) => ({ start: new Date(start), end: new Date(end) }));
}

function bookingBounds(busy: readonly BusyInterval[], range: SlotRange, policy: SlotPolicy): Bounds {
  const now = policy.now.getTime();
  return {
    earliestStart: Math.max(range.from.getTime(), now + policy.leadMinutes * MINUTE_MS),
    latestStart: Math.min(range.to.getTime(), now + policy.horizonDays * DAY_MS),
    latestEnd: range.to.getTime(),
    bufferMs: policy.bufferMinutes * MINUTE_MS,
    busy: busy.map(({ start, end }) => ({ start: start.getTime(), end: end.getTime() })),
  };
}

/** The day's weekly windows (none on a day off) open to the type, plus its extra hours. */
function windowsOn(
  date: CalendarDate,
  rules: readonly WeeklyRule[],
  exceptions: readonly AvailabilityException[],
  appointmentType: string | undefined,
): Window[] {
  const day = formatLocalDate(date);
  const todays = exceptions.filter((exception) => exception.date === day);
  const isDayOff = todays.some((exception) => exception.kind === 'day_off');
  const weekday = isoWeekday(date);
  const weekly = isDayOff
    ? []
    : rules.filter((rule) => rule.weekday === weekday && isOpenTo(rule, appointmentType));
  return [...weekly, ...todays.flatMap(extraWindow)];
}

function isOpenTo(rule: WeeklyRule, appointmentType: string | undefined): boolean {
  const types = rule.appointmentTypes ?? [];
  return appointmentType === undefined || types.length === 0 || types.includes(appointmentType);
}

function extraWindow({ kind, start, end, slotMinutes }: AvailabilityException): Window[] {
  // Validation guarantees extra hours carry all three; the check only narrows the types.
  return kind === 'extra_hours' && start && end && slotMinutes ? [{ start, end, slotMinutes }] : [];
}

/** Candidate slots every `slotMinutes` of real time from the window's start, each ending inside it. */
function windowSlots(
  date: CalendarDate,
  window: Window,
  zone: IANAZone,
  durationMinutes: number,
): Interval[] {
  const { start, end } = windowBounds(date, window, zone);
  const step = window.slotMinutes * MINUTE_MS;
  const duration = durationMinutes * MINUTE_MS;
  const slots: Interval[] = [];
  for (let at = start; at + duration <= end; at += step) slots.push({ start: at, end: at + duration });
  return slots;
}

/**
 * A window's real start and end on a date. A wall time the clock shows twice (fall-back) starts at its
 * earlier instant and ends at its later one, so the window covers both; one the clock skips
 * (spring-forward) resolves to the instant of the jump.
 */
function windowBounds(date: CalendarDate, window: Window, zone: IANAZone): Interval {
  const resolve = (time: WallTime, pick: (instants: number[]) => number | undefined) => {
    const minutes = wallMinutes(time) ?? 0;
    return pick(instantsOf(date, minutes, zone)) ?? gapEnd(date, minutes, zone);
  };
  return {
    start: resolve(window.start, (instants) => instants[0]),
    end: resolve(window.end, (instants) => instants[instants.length - 1]),
  };
}

/**
 * Within the range and booking window, and clear of busy time by the buffer on both sides. The two
 * buffered intervals [start, end + buffer) and [start − buffer, end) overlap a busy interval exactly
 * when [start − buffer, end + buffer) does, so one test covers both.
 */
function isBookable(slot: Interval, bounds: Bounds): boolean {
  const inWindow =
    slot.start >= bounds.earliestStart && slot.start < bounds.latestStart && slot.end <= bounds.latestEnd;
  const guarded = { start: slot.start - bounds.bufferMs, end: slot.end + bounds.bufferMs };
  return inWindow && !bounds.busy.some((busy) => overlaps(guarded, busy));
}

/** Half-open: [a, b) and [b, c) do not overlap. */
function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

function bookingsPerDay(busy: readonly BusyInterval[], policy: SlotPolicy): (day: LocalDate) => number {
  const { bookedPerDay } = policy;
  if (bookedPerDay) return (day) => bookedPerDay.get(day) ?? 0;
  const counts = new Map<LocalDate, number>();
  for (const interval of busy) {
    const day = localDate(interval.start, policy.timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return (day) => counts.get(day) ?? 0;
}

function hasRoomUnderCap(booked: number, dailyCap: number | null): boolean {
  return dailyCap === null || booked < dailyCap;
}

function uniqueSorted(slots: Interval[]): Interval[] {
  const byKey = new Map(slots.map((slot) => [`${slot.start}/${slot.end}`, slot]));
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function validatePolicy(range: SlotRange, policy: SlotPolicy): void {
  const errors: FieldError[] = [
    ...instantError('range.from', range.from),
    ...instantError('range.to', range.to),
    ...instantError('policy.now', policy.now),
    ...numberError('policy.leadMinutes', policy.leadMinutes, 0),
    ...numberError('policy.horizonDays', policy.horizonDays, 0),
    ...numberError('policy.bufferMinutes', policy.bufferMinutes, 0),
    ...(policy.dailyCap === null ? [] : integerError('policy.dailyCap', policy.dailyCap, 0)),
    ...(policy.durationMinutes === undefined
      ? []
      : integerError('policy.durationMinutes', policy.durationMinutes, 1)),
  ];
  if (errors.length > 0) {
    throw new DomainError('invalid', SchedulingRuleCode.InvalidPolicy, 'The slot request is invalid.', {
      errors,
    });
  }
}

function instantError(field: string, value: Date): FieldError[] {
  return value instanceof Date && !Number.isNaN(value.getTime())
    ? []
    : [{ field, message: 'Must be an instant.' }];
}

function numberError(field: string, value: number, min: number): FieldError[] {
  return Number.isFinite(value) && value >= min
    ? []
    : [{ field, message: `Must be a number of at least ${min}.` }];
}

function integerError(field: string, value: number, min: number): FieldError[] {
  return Number.isInteger(value) && value >= min
    ? []
    : [{ field, message: `Must be a whole number of at least ${min}.` }];
}
