import { MAX_PAGE_SIZE } from '@healthsync/contracts/common/page-limits';
import type { Page } from '@healthsync/contracts/common';
import type { AppointmentListQuery } from '@healthsync/contracts/scheduling';
import type {
  AppointmentTransitionView,
  AppointmentView,
  DoctorView,
  QueueEntryView,
  SlotListView,
} from '@healthsync/contracts/scheduling/scheduling.responses';
import type { AppointmentAction } from '@healthsync/domain/appointments';

import { api } from './api';
import { byIdOrNotFound } from './not-found';

export function listDoctors(specialty?: string): Promise<Page<DoctorView>> {
  return api<Page<DoctorView>>('/doctors', { query: { specialty, limit: MAX_PAGE_SIZE } });
}

export function getDoctor(id: string): Promise<DoctorView> {
  return api<DoctorView>(`/doctors/${encodeURIComponent(id)}`);
}

/** Doctors by id, fetched once each. */
export async function doctorsById(ids: readonly string[]): Promise<Map<string, DoctorView>> {
  const unique = [...new Set(ids)];
  const doctors = await Promise.all(unique.map(getDoctor));
  return new Map(doctors.map((doctor) => [doctor.id, doctor]));
}

export function listSlots(doctorId: string, from: string, to: string): Promise<SlotListView> {
  return api<SlotListView>(`/doctors/${encodeURIComponent(doctorId)}/slots`, {
    query: { from, to, type: 'consultation' },
  });
}

type AppointmentFilter = Pick<AppointmentListQuery, 'from' | 'to' | 'doctorId' | 'status'>;

export function listAppointments(query: AppointmentFilter = {}, page = 1): Promise<Page<AppointmentView>> {
  return api<Page<AppointmentView>>('/appointments', { query: { ...query, limit: MAX_PAGE_SIZE, page } });
}

/** Every matching appointment, page after page (a clinic's week may hold more than one page). */
export async function listAllAppointments(query: AppointmentFilter = {}): Promise<AppointmentView[]> {
  const first = await listAppointments(query);
  const pages = Math.ceil(first.total / first.limit);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, index) => listAppointments(query, index + 2)),
  );
  return [first, ...rest].flatMap((page) => page.items);
}

/** Live slot holds: every one for the front desk and admins (a doctor gets none). */
export async function listHolds(): Promise<AppointmentView[]> {
  return (await listAppointments({ status: 'held' })).items;
}

/** Gives a held slot back at once, so others can book it. */
export function releaseHold(id: string): Promise<AppointmentView> {
  return api<AppointmentView>(`/appointments/${encodeURIComponent(id)}/release`, {
    method: 'POST',
    body: {},
  });
}

export function getAppointment(id: string): Promise<AppointmentView> {
  return api<AppointmentView>(`/appointments/${encodeURIComponent(id)}`);
}

/** The appointment, or Next's 404 page when it does not exist or is not the caller's to see. */
export function appointmentOrNotFound(id: string): Promise<AppointmentView> {
  return byIdOrNotFound(id, getAppointment);
}

export function appointmentHistory(id: string): Promise<AppointmentTransitionView[]> {
  return api<AppointmentTransitionView[]>(`/appointments/${encodeURIComponent(id)}/history`);
}

/** The status changes with their own endpoint (`reschedule` is a PATCH, see rescheduleAppointment). */
export type TransitionName = Exclude<AppointmentAction, 'reschedule'>;

const TRANSITION_PATHS: Record<TransitionName, string> = {
  confirm: 'confirm',
  check_in: 'check-in',
  start: 'start',
  complete: 'complete',
  cancel: 'cancel',
  no_show: 'no-show',
};

export function transitionAppointment(
  id: string,
  action: TransitionName,
  body: { expectedVersion?: number; reason?: string },
): Promise<AppointmentView> {
  return api<AppointmentView>(`/appointments/${encodeURIComponent(id)}/${TRANSITION_PATHS[action]}`, {
    method: 'POST',
    body,
  });
}

export function rescheduleAppointment(
  id: string,
  startsAt: string,
  expectedVersion: number,
): Promise<AppointmentView> {
  return api<AppointmentView>(`/appointments/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: { startsAt, expectedVersion },
  });
}

export function frontDeskQueue(): Promise<QueueEntryView[]> {
  return api<QueueEntryView[]>('/appointments/queue');
}

/** Books a consultation; staff name the patient, a patient books for themselves. */
export function bookAppointment(
  doctorId: string,
  startsAt: string,
  idempotencyKey: string,
  patientId?: string,
): Promise<AppointmentView> {
  return api<AppointmentView>('/appointments', {
    method: 'POST',
    body: { doctorId, startsAt, type: 'consultation', ...(patientId ? { patientId } : {}) },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function cancelAppointment(id: string, expectedVersion: number): Promise<AppointmentView> {
  return api<AppointmentView>(`/appointments/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body: { expectedVersion },
  });
}

export function doctorName(doctor: DoctorView | undefined): string {
  if (!doctor) return 'Unknown doctor';
  const name = `${doctor.firstName} ${doctor.lastName}`.trim();
  return name ? `Dr ${name}` : `${doctor.specialty} doctor`;
}
