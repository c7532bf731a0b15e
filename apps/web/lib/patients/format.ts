import type { Address, Sex } from '@healthsync/contracts/patients';

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
