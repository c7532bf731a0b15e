import type { Address, Sex } from '@healthsync/contracts/patients';

const LOCALE = 'en-GB';

/** A calendar date (YYYY-MM-DD) as people read it: 12 Apr 1985. It names no instant, so no time zone applies. */
export function formatCalendarDate(day: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** Every Sex, labelled; `unknown` first, as the form's default. */
export const SEX_LABELS: Record<Sex, string> = {
  unknown: 'Not recorded',
  female: 'Female',
  male: 'Male',
  other: 'Other',
};

export const sexLabel = (sex: Sex): string => SEX_LABELS[sex];

export function addressLines(address: Address): string[] {
  return [
    address.line1,
    address.line2,
    [address.postcode, address.city].filter(Boolean).join(' '),
    address.country,
  ].filter((line): line is string => Boolean(line));
}
