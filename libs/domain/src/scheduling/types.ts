/** A wall-clock time of day in the clinic's zone, `HH:mm` (00:00–23:59). */
export type WallTime = string;

/** A calendar date in the clinic's zone, `YYYY-MM-DD`. */
export type LocalDate = string;

/** ISO weekday: Monday = 1 … Sunday = 7. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A doctor's recurring availability: one window on one weekday, cut into slots. */
export interface WeeklyRule {
  weekday: Weekday;
  start: WallTime;
  end: WallTime;
  slotMinutes: number;
  /** Types this window is for; null, absent or empty means every type. */
  appointmentTypes?: string[] | null;
}

export type AvailabilityExceptionKind = 'day_off' | 'extra_hours';

/** A one-off change on one date: the whole day off, or an extra window (which is for every type). */
export interface AvailabilityException {
  date: LocalDate;
  kind: AvailabilityExceptionKind;
  start?: WallTime;
  end?: WallTime;
  slotMinutes?: number;
}

/** Time already taken, half-open [start, end), as booked: the doctor's buffer is added around each candidate slot. */
export interface BusyInterval {
  start: Date;
  end: Date;
}

export interface SlotPolicy {
  /** IANA zone of the clinic, e.g. `Europe/Berlin`. */
  timeZone: string;
  now: Date;
  /** Minimum notice: no slot starts before now + leadMinutes. */
  leadMinutes: number;
  /** Booking window: every slot starts before now + horizonDays × 24 h. */
  horizonDays: number;
  /** Kept free on both sides of a slot. */
  bufferMinutes: number;
  /** Most bookings per local day, null for no cap. */
  dailyCap: number | null;
  /** Offer only windows open to this type; absent offers every window. */
  appointmentType?: string;
  /** Length of each slot; defaults to the window's slot length. */
  durationMinutes?: number;
  /** Bookings per local day, for the cap; absent counts the busy intervals starting that day. */
  bookedPerDay?: Map<LocalDate, number>;
}

export interface SlotRange {
  from: Date;
  to: Date;
}

export interface Slot {
  start: Date;
  end: Date;
}

export enum SchedulingRuleCode {
  InvalidRules = 'SCHEDULE.INVALID_RULES',
  InvalidExceptions = 'SCHEDULE.INVALID_EXCEPTIONS',
  InvalidTimeZone = 'SCHEDULE.INVALID_TIME_ZONE',
  InvalidPolicy = 'SCHEDULE.INVALID_POLICY',
}

/** One problem with one field, addressed like `rules.3.end`. */
export interface FieldError {
  field: string;
  message: string;
}
