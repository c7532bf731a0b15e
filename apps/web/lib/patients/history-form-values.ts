import type { AllergySeverity, MedicalHistoryDto, MedicalHistoryView } from '@healthsync/contracts/patients';

import type { FormValues } from './patient-form-values';

/** The repeated rows of the history form, each with its fields; the first field names the entry. */
export const HISTORY_SECTIONS = {
  allergies: ['substance', 'reaction', 'severity'],
  chronicConditions: [''],
  currentMedications: ['name', 'dose', 'frequency'],
  pastSurgeries: ['procedure', 'year'],
  familyHistory: [''],
} as const;

export type HistorySection = keyof typeof HISTORY_SECTIONS;

/** The form name of one field of one row: `allergies.0.substance`, `chronicConditions.2`. */
export const rowField = (section: HistorySection, row: number, field: string): string =>
  field ? `${section}.${row}.${field}` : `${section}.${row}`;

/** How many rows of a section the values hold. */
export function rowCount(values: FormValues, section: HistorySection): number {
  const prefix = `${section}.`;
  let count = 0;
  for (const name of Object.keys(values)) {
    if (!name.startsWith(prefix)) continue;
    count = Math.max(count, Number(name.slice(prefix.length).split('.')[0]) + 1);
  }
  return count;
}

/** A version's sections as form values. */
export function historyValues(history: MedicalHistoryView): FormValues {
  const values: FormValues = {};
  const put = (section: HistorySection, entries: readonly unknown[]) =>
    entries.forEach((entry, row) => {
      for (const field of HISTORY_SECTIONS[section]) {
        const value = field ? (entry as Record<string, unknown>)[field] : entry;
        values[rowField(section, row, field)] = value === null || value === undefined ? '' : String(value);
      }
    });
  put('allergies', history.allergies);
  put('chronicConditions', history.chronicConditions);
  put('currentMedications', history.currentMedications);
  put('pastSurgeries', history.pastSurgeries);
  put('familyHistory', history.familyHistory);
  return values;
}

export function readHistoryForm(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of form) {
    const section = name.split('.')[0] ?? '';
    if (typeof value === 'string' && section in HISTORY_SECTIONS) values[name] = value.trim();
  }
  return values;
}

/** A section's filled rows (the entry's naming field or another is filled), with their row numbers in the form. */
function filledRows(
  values: FormValues,
  section: HistorySection,
): { row: number; get: (field: string) => string }[] {
  const fields = HISTORY_SECTIONS[section].filter((field) => field !== 'severity');
  return Array.from({ length: rowCount(values, section) }, (_, row) => ({
    row,
    get: (field: string) => values[rowField(section, row, field)] ?? '',
  })).filter(({ get }) => fields.some((field) => get(field) !== ''));
}

const orAbsent = (value: string) => value || undefined;

/**
 * The PUT body from the form (blank rows left out) and, per section, the form row of each entry
 * sent, so the API's `allergies.1.substance` can be shown on the form's row it came from.
 */
export function historyBody(values: FormValues, expectedVersion: number) {
  const rows = Object.fromEntries(
    (Object.keys(HISTORY_SECTIONS) as HistorySection[]).map((section) => [
      section,
      filledRows(values, section),
    ]),
  ) as Record<HistorySection, ReturnType<typeof filledRows>>;
  const body: MedicalHistoryDto = {
    expectedVersion,
    allergies: rows.allergies.map(({ get }) => ({
      substance: get('substance'),
      reaction: orAbsent(get('reaction')),
      severity: get('severity') as AllergySeverity,
    })),
    chronicConditions: rows.chronicConditions.map(({ get }) => get('')),
    currentMedications: rows.currentMedications.map(({ get }) => ({
      name: get('name'),
      dose: orAbsent(get('dose')),
      frequency: orAbsent(get('frequency')),
    })),
    pastSurgeries: rows.pastSurgeries.map(({ get }) => ({
      procedure: get('procedure'),
      year: get('year') === '' ? undefined : Number(get('year')),
    })),
    familyHistory: rows.familyHistory.map(({ get }) => get('')),
  };
  const formRowOf = (section: HistorySection, index: number) => rows[section][index]?.row ?? index;
  return { body, formRowOf };
}

/** An API error path (`allergies.1.substance`) as the form field it belongs to. */
export function formFieldOf(
  path: string,
  formRowOf: (section: HistorySection, index: number) => number,
): string {
  const [section, index, ...rest] = path.split('.');
  if (!section || !(section in HISTORY_SECTIONS) || index === undefined || !/^\d+$/.test(index)) return path;
  return [section, formRowOf(section as HistorySection, Number(index)), ...rest].join('.');
}
