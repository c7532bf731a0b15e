import { DEMO_EMAILS, type ApiClient } from '../support/api-client';
import { registerPatient, type AuthTestApi } from '../support/auth-test-api';
import { runSql } from '../support/sql';

export interface Patient {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: string;
  phone: string | null;
  email: string | null;
  address: Record<string, string | null> | null;
  emergencyContact: Record<string, string> | null;
  insurance: Record<string, string> | null;
  preferredLanguage: string | null;
  hasAccount: boolean;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export interface Problem {
  code: string;
  detail: string;
  errors?: Array<{ field: string; message: string }>;
  [extension: string]: unknown;
}

export interface AuditEntry {
  action: string;
  outcome: string;
  actorId: string | null;
  patientId: string | null;
  patientIds?: string[];
  resourceId: string | null;
  requestId: string;
  detail?: Record<string, string | number | boolean>;
}

/** The demo staff the patient suites act as: their access tokens and the ids the API knows them by. */
export interface ClinicStaff {
  admin: string;
  reception: string;
  receptionId: string;
  doctor: string;
  /** The doctor's user id: what audit entries and medical-history authors name. */
  doctorUserId: string;
  /** The doctor's profile id: what appointments name. */
  doctorId: string;
}

/** Signs in the demo admin, receptionist and doctor. */
export async function signInStaff(client: ApiClient): Promise<ClinicStaff> {
  const admin = await client.accessToken(DEMO_EMAILS.admin);
  const reception = await client.accessToken(DEMO_EMAILS.receptionist);
  const receptionMe = await client.get<{ id: string }>('/api/v1/auth/me', reception);
  const doctor = await client.accessToken(DEMO_EMAILS.doctor);
  const doctorMe = await client.get<{ id: string; doctorId: string }>('/api/v1/auth/me', doctor);
  return {
    admin,
    reception,
    receptionId: receptionMe.body.id,
    doctor,
    doctorUserId: doctorMe.body.id,
    doctorId: doctorMe.body.doctorId,
  };
}

let day = 0;

/**
 * Gives the doctor an appointment with the patient, written straight into the database (the booking
 * API is another module's). By default a visit completed a month or so ago: what makes the patient
 * one in the doctor's care. A `held` one lapses `holdExpiresAt` after now (negative: already lapsed).
 */
export async function insertAppointment(
  databaseUrl: string,
  doctorId: string,
  patientId: string,
  status = 'completed',
  options: { startsAt?: Date; holdMinutes?: number } = {},
): Promise<string> {
  day += 1;
  const startsAt = options.startsAt ?? new Date(Date.now() - (30 + day) * 86_400_000);
  const holdExpiresAt =
    status === 'held' ? new Date(Date.now() + (options.holdMinutes ?? 5) * 60_000).toISOString() : null;
  const [row] = await runSql<{ id: string }>(
    databaseUrl,
    `INSERT INTO appointments (doctor_id, patient_id, type, status, starts_at, ends_at, busy_until, hold_expires_at, fee_minor, currency)
     VALUES ($1, $2, 'consultation', $3, $4::timestamptz, $4::timestamptz + interval '30 minutes',
             $4::timestamptz + interval '30 minutes', $5, 0, 'EUR') RETURNING id`,
    [doctorId, patientId, status, startsAt.toISOString(), holdExpiresAt],
  );
  return row?.id ?? '';
}

/** Registers a patient through the portal and signs them in. */
export async function portalPatient(
  test: Pick<AuthTestApi, 'client' | 'smtp'>,
  email: string,
  lastName: string,
): Promise<{ token: string; userId: string; patientId: string }> {
  const password = 'Patient-password-1';
  const { client } = test;
  await registerPatient(test, { email, password, firstName: 'Portal', lastName });
  const token = await client.accessToken(email, password);
  const me = await client.get<{ id: string; patientId: string }>('/api/v1/auth/me', token);
  return { token, userId: me.body.id, patientId: me.body.patientId };
}

/** Audit entries matching the filters, newest first. */
export async function auditTrail(
  client: ApiClient,
  adminToken: string,
  filters: Record<string, string>,
): Promise<AuditEntry[]> {
  const query = new URLSearchParams({ ...filters, limit: '100' });
  const answer = await client.get<Page<AuditEntry>>(`/api/v1/admin/audit-logs?${query}`, adminToken);
  if (answer.status !== 200) throw new Error(`audit listing gave ${answer.status}`);
  return answer.body.items;
}
