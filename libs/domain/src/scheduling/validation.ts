import { DomainError } from '../errors';
import { parseLocalDate, wallMinutes } from './wall-time';
import {
  type AvailabilityException,
  type FieldError,
  SchedulingRuleCode,
  type WallTime,
  type WeeklyRule,
} from './types';

export const MIN_SLOT_MINUTES = 5;
export const MAX_SLOT_MINUTES = 240;

const HOUR_FIELDS = ['start', 'end', 'slotMinutes'] as const;

interface Window {
  field: string;
  start: number;
  end: number;
}

interface WindowInput {
  start: WallTime;
  end: WallTime;
  slotMinutes: number;
}

/** Checks a doctor's weekly availability, reporting every problem at once. */
export function validateWeeklyRules(rules: readonly WeeklyRule[]): void {
  const errors: FieldError[] = [];
  const windowsByDay = new Map<number, Window[]>();
  rules.forEach((rule, index) => {
    const field = `rules.${index}`;
    if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) {
      errors.push({
        field: `${field}.weekday`,
        message: 'Must be an ISO weekday from 1 (Monday) to 7 (Sunday).',
      });
    }
    errors.push(...appointmentTypeErrors(rule.appointmentTypes, field));
    const window = checkWindow(rule, field, errors);
    if (window) windowsByDay.set(rule.weekday, [...(windowsByDay.get(rule.weekday) ?? []), window]);
  });
  windowsByDay.forEach((windows) => errors.push(...overlapErrors(windows, 'the same weekday')));
  throwIfAny(errors, SchedulingRuleCode.InvalidRules, 'The weekly availability is invalid.');
}

/** Checks one-off days off and extra hours, reporting every problem at once. */
export function validateExceptions(exceptions: readonly AvailabilityException[]): void {
  const errors: FieldError[] = [];
  const windowsByDate = new Map<string, Window[]>();
  exceptions.forEach((exception, index) => {
    const field = `exceptions.${index}`;
    const dateIsValid = parseLocalDate(exception.date) !== null;
    if (!dateIsValid) errors.push({ field: `${field}.date`, message: 'Must be a date YYYY-MM-DD.' });
    if (exception.kind === 'day_off') {
      errors.push(...dayOffErrors(exception, field));
    } else if (exception.kind === 'extra_hours') {
      const window = extraHoursWindow(exception, field, errors);
      if (window && dateIsValid) {
        windowsByDate.set(exception.date, [...(windowsByDate.get(exception.date) ?? []), window]);
      }
    } else {
      errors.push({ field: `${field}.kind`, message: "Must be 'day_off' or 'extra_hours'." });
    }
  });
  windowsByDate.forEach((windows) => errors.push(...overlapErrors(windows, 'the same date')));
  throwIfAny(errors, SchedulingRuleCode.InvalidExceptions, 'The availability exceptions are invalid.');
}

/** The window in minutes since midnight, or null (with its errors recorded) when it is unusable. */
function checkWindow(input: WindowInput, field: string, errors: FieldError[]): Window | null {
  const start = wallMinutes(input.start);
  const end = wallMinutes(input.end);
  const before = errors.length;
  if (start === null) errors.push({ field: `${field}.start`, message: 'Must be a time HH:mm.' });
  if (end === null) errors.push({ field: `${field}.end`, message: 'Must be a time HH:mm.' });
  if (start !== null && end !== null && end <= start) {
    errors.push({ field: `${field}.end`, message: 'Must be after the start.' });
  }
  const { slotMinutes } = input;
  if (!Number.isInteger(slotMinutes) || slotMinutes < MIN_SLOT_MINUTES || slotMinutes > MAX_SLOT_MINUTES) {
    errors.push({
      field: `${field}.slotMinutes`,
      message: `Must be a whole number of minutes from ${MIN_SLOT_MINUTES} to ${MAX_SLOT_MINUTES}.`,
    });
  } else if (start !== null && end !== null && end > start && end - start < slotMinutes) {
    errors.push({
      field: `${field}.slotMinutes`,
      message: `Must fit in the window (${end - start} minutes).`,
    });
  }
  return errors.length === before && start !== null && end !== null ? { field, start, end } : null;
}

function extraHoursWindow(
  exception: AvailabilityException,
  field: string,
  errors: FieldError[],
): Window | null {
  const { start, end, slotMinutes } = exception;
  if (isAbsent(start) || isAbsent(end) || isAbsent(slotMinutes)) {
    const missing = HOUR_FIELDS.filter((key) => isAbsent(exception[key]));
    errors.push(...missing.map((key) => ({ field: `${field}.${key}`, message: 'Extra hours need it.' })));
    return null;
  }
  return checkWindow({ start, end, slotMinutes }, field, errors);
}

function dayOffErrors(exception: AvailabilityException, field: string): FieldError[] {
  return HOUR_FIELDS.filter((key) => !isAbsent(exception[key])).map((key) => ({
    field: `${field}.${key}`,
    message: 'A day off has no hours.',
  }));
}

function appointmentTypeErrors(types: WeeklyRule['appointmentTypes'], field: string): FieldError[] {
  if (types === undefined || types === null) return [];
  const valid = Array.isArray(types) && types.every((type) => typeof type === 'string' && type.trim() !== '');
  return valid ? [] : [{ field: `${field}.appointmentTypes`, message: 'Must be a list of type names.' }];
}

/** Half-open windows may touch (08:00–12:00 then 12:00–16:00) but not overlap. */
function overlapErrors(windows: readonly Window[], scope: string): FieldError[] {
  const [first, ...rest] = [...windows].sort((a, b) => a.start - b.start);
  const errors: FieldError[] = [];
  let furthest = first;
  for (const window of rest) {
    if (window.start < furthest.end) {
      errors.push({ field: `${window.field}.start`, message: `Overlaps ${furthest.field} on ${scope}.` });
    }
    if (window.end > furthest.end) furthest = window;
  }
  return errors;
}

function isAbsent<T>(value: T | null | undefined): value is null | undefined {
  return value === undefined || value === null;
}

function throwIfAny(errors: FieldError[], code: SchedulingRuleCode, message: string): void {
  if (errors.length > 0) throw new DomainError('invalid', code, message, { errors });
}
