import type { CurrentUser } from '@healthsync/contracts/auth';
import type { Page } from '@healthsync/contracts/common';
import { MAX_PAGE_SIZE } from '@healthsync/contracts/common/page-limits';
import type { AvailabilityExceptionDto, UpdateDoctorProfileDto } from '@healthsync/contracts/scheduling';
import type {
  AvailabilityView,
  DoctorView,
  SlotListView,
} from '@healthsync/contracts/scheduling/scheduling.responses';
import { Role } from '@healthsync/domain/accounts';
import { formatMajorUnits } from '@healthsync/domain/money';
import type { WeeklyRule } from '@healthsync/domain/scheduling';

import { api } from './api';
import { fetchByIds, idsQuery } from './by-ids';

export const DOCTORS_PAGE_SIZE = 20;

const doctorPath = (id: string, rest = '') => `/doctors/${encodeURIComponent(id)}${rest}`;

export function searchDoctors(query: {
  specialty?: string;
  q?: string;
  page?: number;
}): Promise<Page<DoctorView>> {
  return api<Page<DoctorView>>('/doctors', { query: { ...query, limit: DOCTORS_PAGE_SIZE } });
}

/** The clinic's doctors (one page of the most a page holds), optionally of one specialty. */
export function listDoctors(specialty?: string): Promise<Page<DoctorView>> {
  return api<Page<DoctorView>>('/doctors', { query: { specialty, limit: MAX_PAGE_SIZE } });
}

/** Every specialty on record, for the filter. */
export async function allSpecialties(): Promise<string[]> {
  const page = await listDoctors();
  return [...new Set(page.items.map((doctor) => doctor.specialty))].sort();
}

export function getDoctor(id: string): Promise<DoctorView> {
  return api<DoctorView>(doctorPath(id));
}

/** The doctors behind a list of appointments: one request per hundred ids, not one per row. */
export function doctorsById(ids: readonly string[]): Promise<Map<string, DoctorView>> {
  return fetchByIds(ids, (batch) => api<Page<DoctorView>>('/doctors', { query: idsQuery(batch) }));
}

export function listSlots(doctorId: string, from: string, to: string): Promise<SlotListView> {
  return api<SlotListView>(doctorPath(doctorId, '/slots'), { query: { from, to, type: 'consultation' } });
}

export function doctorName(doctor: DoctorView | undefined): string {
  if (!doctor) return 'Unknown doctor';
  const name = `${doctor.firstName} ${doctor.lastName}`.trim();
  return name ? `Dr ${name}` : `${doctor.specialty} doctor`;
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
