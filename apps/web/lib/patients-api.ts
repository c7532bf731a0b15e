import { MAX_PAGE_SIZE } from '@healthsync/contracts/common/page-limits';
import type { Page } from '@healthsync/contracts/common';
import type {
  CreatePatientDto,
  MedicalHistoryDto,
  MedicalHistoryVersionSummary,
  MedicalHistoryView,
  PatientSummary,
  PatientView,
  UpdateMyContactDto,
  UpdatePatientDto,
} from '@healthsync/contracts/patients';
import { PATIENT_IDS_MAX } from '@healthsync/contracts/patients/patient-rules';
import type { AppointmentView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { api } from './api';

export const PATIENT_PAGE_SIZE = 20;

/** What the patient search sends: one of the API's filters per box (see PatientSearchQuery). */
export interface PatientSearch {
  q?: string;
  mrn?: string;
  phone?: string;
  dateOfBirth?: string;
  page?: number;
}

const patientPath = (id: string) => `/patients/${encodeURIComponent(id)}`;

export function searchPatients(
  search: PatientSearch,
  limit = PATIENT_PAGE_SIZE,
): Promise<Page<PatientSummary>> {
  return api<Page<PatientSummary>>('/patients', { query: { ...search, limit } });
}

/**
 * Patients' display names by id, one search per hundred ids (not one request per patient); a
 * patient the caller may not see is left out.
 */
export async function patientNamesById(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const batches = Array.from({ length: Math.ceil(unique.length / PATIENT_IDS_MAX) }, (_, index) =>
    unique.slice(index * PATIENT_IDS_MAX, (index + 1) * PATIENT_IDS_MAX),
  );
  const pages = await Promise.all(
    batches.map((batch) =>
      api<Page<PatientSummary>>('/patients', { query: { ids: batch.join(','), limit: PATIENT_IDS_MAX } }),
    ),
  );
  return new Map(pages.flatMap((page) => page.items).map((patient) => [patient.id, fullName(patient)]));
}

export function getPatient(id: string): Promise<PatientView> {
  return api<PatientView>(patientPath(id));
}

export function registerPatient(body: CreatePatientDto): Promise<PatientView> {
  return api<PatientView>('/patients', { method: 'POST', body });
}

export function updatePatient(id: string, body: UpdatePatientDto): Promise<PatientView> {
  return api<PatientView>(patientPath(id), { method: 'PATCH', body });
}

export function myPatientRecord(): Promise<PatientView> {
  return api<PatientView>('/patients/me');
}

export function updateMyContact(body: UpdateMyContactDto): Promise<PatientView> {
  return api<PatientView>('/patients/me', { method: 'PATCH', body });
}

export function latestMedicalHistory(patientId: string): Promise<MedicalHistoryView> {
  return api<MedicalHistoryView>(`${patientPath(patientId)}/medical-history`);
}

export function medicalHistoryVersions(patientId: string): Promise<Page<MedicalHistoryVersionSummary>> {
  return api<Page<MedicalHistoryVersionSummary>>(`${patientPath(patientId)}/medical-history/versions`, {
    query: { limit: MAX_PAGE_SIZE },
  });
}

export function medicalHistoryVersion(patientId: string, version: number): Promise<MedicalHistoryView> {
  return api<MedicalHistoryView>(`${patientPath(patientId)}/medical-history/versions/${version}`);
}

export function recordMedicalHistory(
  patientId: string,
  body: MedicalHistoryDto,
): Promise<MedicalHistoryView> {
  return api<MedicalHistoryView>(`${patientPath(patientId)}/medical-history`, { method: 'PUT', body });
}

/** The patient's appointments the caller may see (a doctor: their own with this patient), earliest first. */
export function patientAppointments(patientId: string): Promise<Page<AppointmentView>> {
  return api<Page<AppointmentView>>('/appointments', { query: { patientId, limit: MAX_PAGE_SIZE } });
}

export const fullName = (patient: { firstName: string; lastName: string }): string =>
  `${patient.firstName} ${patient.lastName}`;
