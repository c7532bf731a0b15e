import { Matches, registerDecorator, type ValidationOptions } from 'class-validator';

import { IDS_PER_REQUEST_MAX } from '../common/id-list';

/** Patient records: the sexes recorded, and `unknown` when nobody has said. */
export enum Sex {
  Female = 'female',
  Male = 'male',
  Other = 'other',
  Unknown = 'unknown',
}

export enum PatientErrorCode {
  PossibleDuplicate = 'PATIENT.POSSIBLE_DUPLICATE',
}

/** A phone number as people write it, with at least six digits; search compares the digits only. */
export const PATIENT_PHONE_PATTERN = /^(?=(?:[^0-9]*[0-9]){6})\+?[0-9 ()-]{6,25}$/;

/** A BCP 47-style language tag: `en`, `de`, `pt-BR`, `zh-Hant-TW`. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

/** The longest text of each free-text field of a patient record: the DTOs' rules and the forms' maxLength. */
export const PATIENT_TEXT_MAX = {
  addressLine: 200,
  city: 100,
  postcode: 20,
  contactName: 200,
  relationship: 50,
  payer: 200,
  memberId: 100,
  /** A BCP 47 tag at its longest (LANGUAGE_TAG_PATTERN). */
  languageTag: 35,
  /** A phone number as typed (PATIENT_PHONE_PATTERN). */
  phone: 25,
} as const;

/** The longest text the patient search takes (PatientSearchQuery.q). */
export const PATIENT_SEARCH_TEXT_MAX = 100;

/** How many patients one search by id may name (one page). */
export const PATIENT_IDS_MAX = IDS_PER_REQUEST_MAX;

export const MRN_PATTERN = /^MRN-[0-9]{6,12}$/;

export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The earliest date of birth the database accepts is the day after this. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** A date that starts somewhere on Earth (UTC+14) counts as today: a baby born there today is not "in the future". */
const LATEST_ZONE_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * One line of text without control characters: PostgreSQL refuses a NUL in text outright, and a
 * name or an address has no use for the others.
 */
export function SingleLine(options?: ValidationOptions) {
  return Matches(/^\P{Cc}*$/u, {
    message: ({ property }) => `${property} must be one line of text without control characters`,
    ...options,
  });
}

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date where it is latest on Earth, as YYYY-MM-DD. */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + LATEST_ZONE_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date, YYYY-MM-DD. */
export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a date as YYYY-MM-DD`, ...options },
      validator: { validate: isCalendarDate },
    });
}

/** A real calendar date, YYYY-MM-DD, after 1900-01-01 and not in the future. */
export function IsBirthDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isBirthDate',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a date as YYYY-MM-DD, after ${EARLIEST_BIRTH_DATE} and not in the future`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          isCalendarDate(value) && value > EARLIEST_BIRTH_DATE && value <= latestToday(),
      },
    });
}

/** A year from 1900 up to the current one. */
export function IsPastYear(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPastYear',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a year from 1900 to this year`, ...options },
      validator: {
        validate: (value: unknown) =>
          Number.isInteger(value) &&
          (value as number) >= 1900 &&
          (value as number) <= Number(latestToday().slice(0, 4)),
      },
    });
}
