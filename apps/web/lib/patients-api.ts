import type { Page } from '@healthsync/contracts/common';
import { MAX_PAGE_SIZE } from '@healthsync/contracts/common/page-limits';
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

import { api } from './api';
import { fetchByIds, idsQuery, namesOf } from './by-ids';

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

/** Patients' display names by id, one search per hundred ids; a patient the caller may not see is left out. */
export async function patientNamesById(ids: readonly string[]): Promise<Map<string, string>> {
  const patients = await fetchByIds(ids, (batch) =>
    api<Page<PatientSummary>>('/patients', { query: idsQuery(batch) }),
  );
  return namesOf(patients);
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

export const fullName = (patient: { firstName: string; lastName: string }): string =>
  `${patient.firstName} ${patient.lastName}`;
