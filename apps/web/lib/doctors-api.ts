import { MAX_PAGE_SIZE } from '@healthsync/contracts/common/page-limits';
import type { Page } from '@healthsync/contracts/common';
import type { AvailabilityExceptionDto, UpdateDoctorProfileDto } from '@healthsync/contracts/scheduling';
import type { AvailabilityView, DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';
import type { CurrentUser } from '@healthsync/contracts/auth';
import { Role } from '@healthsync/domain/accounts';
import { formatMajorUnits } from '@healthsync/domain/money';
import type { WeeklyRule } from '@healthsync/domain/scheduling';

import { api } from './api';

export const DOCTORS_PAGE_SIZE = 20;

const doctorPath = (id: string, rest = '') => `/doctors/${encodeURIComponent(id)}${rest}`;

export function searchDoctors(query: {
  specialty?: string;
  q?: string;
  page?: number;
}): Promise<Page<DoctorView>> {
  return api<Page<DoctorView>>('/doctors', { query: { ...query, limit: DOCTORS_PAGE_SIZE } });
}

/** Every specialty on record, for the filter. */
export async function allSpecialties(): Promise<string[]> {
  const page = await api<Page<DoctorView>>('/doctors', { query: { limit: MAX_PAGE_SIZE } });
  return [...new Set(page.items.map((doctor) => doctor.specialty))].sort();
}

export function updateDoctorProfile(id: string, changes: UpdateDoctorProfileDto): Promise<DoctorView> {
  return api<DoctorView>(doctorPath(id), { method: 'PATCH', body: changes });
}

export function getAvailability(id: string): Promise<AvailabilityView> {
  return api<AvailabilityView>(doctorPath(id, '/availability'));
}

export function replaceAvailability(id: string, rules: WeeklyRule[]): Promise<AvailabilityView> {
  return api<AvailabilityView>(doctorPath(id, '/availability'), { method: 'PUT', body: { rules } });
}

export function addAvailabilityException(
  id: string,
  exception: AvailabilityExceptionDto,
): Promise<AvailabilityView> {
  return api<AvailabilityView>(doctorPath(id, '/exceptions'), { method: 'POST', body: exception });
}

export function removeAvailabilityException(id: string, exceptionId: string): Promise<AvailabilityView> {
  return api<AvailabilityView>(doctorPath(id, `/exceptions/${encodeURIComponent(exceptionId)}`), {
    method: 'DELETE',
  });
}

/** Mirrors the API's DoctorAccessPolicy: an admin manages any schedule, a doctor only their own. */
export function mayManageSchedule(user: CurrentUser, doctorId: string): boolean {
  return user.role === Role.Admin || (user.role === Role.Doctor && user.doctorId === doctorId);
}

/** Minor units as money in the currency, e.g. 6000 EUR → "€60.00". */
export function formatFee(minor: number, currency: string): string {
  const format = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
  return format.format(formatMajorUnits(minor, currency) as Intl.StringNumericLiteral);
}
