// No decorators here: the portal loads this module, and class-validator's need reflect-metadata.
// The bounds of scheduling fields, shared by the DTOs, the API's services and the portal's forms.

/** Shortest and longest slot a rule, an exception or a doctor's default may have, in minutes. */
export { MAX_SLOT_MINUTES, MIN_SLOT_MINUTES } from '@healthsync/domain/scheduling';

/** Most weekly rules a doctor's availability holds (ReplaceAvailabilityDto.rules). */
export const AVAILABILITY_RULES_MAX = 100;

/** Longest busy time kept free before and after each appointment, in minutes. */
export const BUFFER_MINUTES_MAX = 120;

/** Longest notice a doctor may require before a booking, in minutes (30 days). */
export const MIN_NOTICE_MINUTES_MAX = 43_200;

/** Highest cap on a doctor's appointments a day. */
export const DAILY_CAP_MAX = 200;

/** Highest consultation fee, in minor units of its currency. */
export const CONSULTATION_FEE_MINOR_MAX = 100_000_000;

/** A doctor's specialty and licence number (profile and staff account). */
export const SPECIALTY_MAX_LENGTH = 100;
export const LICENCE_NUMBER_MAX_LENGTH = 50;

/** The free text of a doctor's profile. */
export const DOCTOR_BIO_MAX_LENGTH = 2000;

/** Why a day off or extra hours (an availability exception). */
export const EXCEPTION_REASON_MAX_LENGTH = 500;

/** Why a visit is booked, or why it is cancelled. */
export const APPOINTMENT_REASON_MAX_LENGTH = 1000;

/** Longest range of free slots one request may ask for, in days. */
export const SLOT_RANGE_MAX_DAYS = 31;
