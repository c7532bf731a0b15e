import type { Page } from '@healthsync/contracts/common';
import { MAX_PAGE_SIZE } from '@healthsync/contracts/common/page-limits';
import type { AppointmentListQuery } from '@healthsync/contracts/scheduling';
import type {
  AppointmentTransitionView,
  AppointmentView,
  QueueEntryView,
} from '@healthsync/contracts/scheduling/scheduling.responses';
import type { AppointmentAction } from '@healthsync/domain/appointments';

import { api } from './api';
import { byIdOrNotFound } from './not-found';

type AppointmentFilter = Pick<AppointmentListQuery, 'from' | 'to' | 'doctorId' | 'patientId' | 'status'>;

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

/** The patient's appointments the caller may see (a doctor: their own with this patient), earliest first. */
export function patientAppointments(patientId: string): Promise<Page<AppointmentView>> {
  return listAppointments({ patientId });
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
