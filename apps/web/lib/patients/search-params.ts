import {
  MRN_PATTERN,
  PATIENT_PHONE_PATTERN,
  PATIENT_SEARCH_TEXT_MAX,
} from '@healthsync/contracts/patients/patient-rules';

import { pageNumber } from '@/lib/page-number';
import type { PatientSearch } from '@/lib/patients-api';

const one = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

export interface PatientSearchParams {
  text: string;
  dateOfBirth: string;
  page: number;
}

export function readSearchParams(params: Record<string, string | string[] | undefined>): PatientSearchParams {
  return {
    text: one(params['q']).slice(0, PATIENT_SEARCH_TEXT_MAX),
    dateOfBirth: one(params['dateOfBirth']),
    page: pageNumber(params['page']),
  };
}

/** One box for name, MRN and phone: the text goes to the API filter its shape belongs to. */
export function toApiSearch({ text, dateOfBirth, page }: PatientSearchParams): PatientSearch {
  const search: PatientSearch = { dateOfBirth: dateOfBirth || undefined, page };
  if (!text) return search;
  if (MRN_PATTERN.test(text.toUpperCase())) return { ...search, mrn: text.toUpperCase() };
  if (!/\p{L}/u.test(text) && PATIENT_PHONE_PATTERN.test(text)) return { ...search, phone: text };
  return { ...search, q: text };
}

/** The list's URL for another page of the same search. */
export function pageHref({ text, dateOfBirth }: PatientSearchParams, page: number): string {
  const params = new URLSearchParams();
  if (text) params.set('q', text);
  if (dateOfBirth) params.set('dateOfBirth', dateOfBirth);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/staff/patients?${query}` : '/staff/patients';
}
