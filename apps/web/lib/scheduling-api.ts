import type { Page } from '@healthsync/contracts/common';
import type { PatientView } from '@healthsync/contracts/patients';
import type {
  AppointmentView,
  DoctorView,
  QueueEntryView,
  SlotListView,
} from '@healthsync/contracts/scheduling/scheduling.responses';

import { api } from './api';

export function listDoctors(specialty?: string): Promise<Page<DoctorView>> {
  return api<Page<DoctorView>>('/doctors', { query: { specialty, limit: 100 } });
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

export function listAppointments(query: { from?: string; to?: string } = {}): Promise<Page<AppointmentView>> {
  return api<Page<AppointmentView>>('/appointments', { query: { ...query, limit: 100 } });
}

export function frontDeskQueue(): Promise<QueueEntryView[]> {
  return api<QueueEntryView[]>('/appointments/queue');
}

export function bookAppointment(
  doctorId: string,
  startsAt: string,
  idempotencyKey: string,
): Promise<AppointmentView> {
  return api<AppointmentView>('/appointments', {
    method: 'POST',
    body: { doctorId, startsAt, type: 'consultation' },
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

/** Patients' display names by id; an unreadable record is left out rather than failing the page. */
export async function patientNamesById(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const named = await Promise.all(
    unique.map((id) =>
      api<PatientView>(`/patients/${encodeURIComponent(id)}`).then(
        (patient) => [id, `${patient.firstName} ${patient.lastName}`] as const,
        () => null,
      ),
    ),
  );
  return new Map(named.filter((entry) => entry !== null));
}
