import { EARLIEST_BIRTH_DATE, latestToday } from '@healthsync/contracts/patients/patient-rules';

/**
 * The DTOs' patterns (patient-rules.ts) written for the HTML `pattern` attribute, which browsers
 * compile with the `v` flag: anchored already, and `(`, `)`, `-` escaped inside character classes.
 */
export const PHONE_HTML_PATTERN = String.raw`(?=(?:[^0-9]*[0-9]){6})\+?[0-9 \(\)\-]{6,25}`;
export const LANGUAGE_HTML_PATTERN = String.raw`[a-z]{2,3}(\-[A-Za-z0-9]{2,8}){0,3}`;
export const COUNTRY_HTML_PATTERN = '[A-Za-z]{2}';

export const PHONE_MESSAGE = 'Enter a phone number with at least 6 digits, e.g. +44 20 7946 0001.';
export const LANGUAGE_MESSAGE = 'Enter a language tag such as en, de or pt-BR.';
export const COUNTRY_MESSAGE = 'Enter a two-letter country code such as GB or DE.';

/** The `min`/`max` of a date-of-birth input: after 1900-01-01, not in the future. */
export function birthDateRange(): { min: string; max: string } {
  const earliest = new Date(`${EARLIEST_BIRTH_DATE}T00:00:00Z`);
  earliest.setUTCDate(earliest.getUTCDate() + 1);
  return { min: earliest.toISOString().slice(0, 10), max: latestToday() };
}
