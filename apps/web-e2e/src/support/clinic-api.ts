import { randomUUID } from 'node:crypto';

import type { LoginResult } from '@healthsync/contracts/auth';
import type { Page } from '@healthsync/contracts/common';
import type { NotificationItem } from '@healthsync/contracts/notifications/notifications.responses';
import { waitUntil } from '@healthsync/testing/wait/wait-until';
import type {
  AppointmentView,
  DoctorView,
  SlotListView,
} from '@healthsync/contracts/scheduling/scheduling.responses';

import { waitForMail } from './mailbox';
import { DEMO, DEMO_PASSWORD } from './portal-session';
import { clinicZone } from './portal-process';

/** The API the portal under test uses, called directly as a client would (staff actions, fixtures). */
function apiUrl(path: string): string {
  const base = process.env['PORTAL_API_URL'];
  if (!base) throw new Error('PORTAL_API_URL is unset: run through apps/web-e2e/jest.config.cjs');
  return `${base}/api/v1${path}`;
}

export async function callApi<T>(
  path: string,
  options: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const response = await fetch(apiUrl(path), {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: {
      accept: 'application/json',
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${options.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function apiToken(email: string, password = DEMO_PASSWORD): Promise<string> {
  const result = await callApi<LoginResult>('/auth/login', { body: { email, password } });
  if (result.status !== 'authenticated') throw new Error(`${email} needs a second factor`);
  return result.tokens.accessToken;
}

export interface TestPatient {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/** A new patient account (its own notifications and appointments, so specs do not disturb each other). */
export async function registerPatient(label: string): Promise<TestPatient> {
  const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const patient = {
    email: `${label}-${unique}@example.test`,
    password: `Live-${unique}-password`,
    firstName: 'Robin',
    lastName: `${label[0]?.toUpperCase()}${label.slice(1)}${unique.slice(-4)}`,
  };
  await callApi('/auth/register', { body: { ...patient, dateOfBirth: '1990-02-03' } });
  const mail = await waitForMail(patient.email, (message) => /confirm your/i.test(message.subject));
  await callApi('/auth/register/confirm', {
    body: { token: registrationTokenFrom(mail.text), password: patient.password },
  });
  return patient;
}

/** The token of the registration link in a confirmation email. */
export function registrationTokenFrom(text: string): string {
  const token = /register\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!token) throw new Error('no registration link in the email');
  return token;
}

const clinicDate = (instant: Date) => instant.toLocaleDateString('en-CA', { timeZone: clinicZone() });
const clinicTime = (instant: Date) =>
  instant.toLocaleTimeString('en-GB', {
    timeZone: clinicZone(),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

async function freeSlots(doctorId: string, from: Date, to: Date): Promise<string[]> {
  const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), type: 'consultation' });
  const answer = await callApi<SlotListView>(`/doctors/${doctorId}/slots?${query}`, {
    token: await apiToken(DEMO.receptionist),
  });
  return answer.slots.map((slot) => slot.startsAt);
}

async function demoDoctor(): Promise<DoctorView> {
  const doctors = await callApi<Page<DoctorView>>('/doctors?limit=100', {
    token: await apiToken(DEMO.receptionist),
  });
  const doctor = doctors.items.find((item) => item.lastName === 'Okafor') ?? doctors.items[0];
  if (!doctor) throw new Error('no demo doctor');
  return doctor;
}

/** A free slot later today in the clinic's zone; adds extra hours for the demo doctor when the day is full or over. */
async function slotToday(doctor: DoctorView): Promise<string> {
  const now = new Date();
  const endOfDay = new Date(now.getTime() + 24 * 3_600_000);
  const today = clinicDate(now);
  const todays = (await freeSlots(doctor.id, now, endOfDay)).filter(
    (slot) => clinicDate(new Date(slot)) === today,
  );
  if (todays[0]) return todays[0];
  // On a five-minute boundary (the clinic's offset is whole hours), after the doctor's notice period.
  const fiveMinutes = 5 * 60_000;
  const earliest = now.getTime() + (doctor.minNoticeMinutes + 10) * 60_000;
  const start = new Date(Math.ceil(earliest / fiveMinutes) * fiveMinutes);
  const startTime = clinicTime(start);
  if (clinicDate(start) !== today || startTime > '23:30')
    throw new Error('too late in the clinic day for a slot today');
  await callApi(`/doctors/${doctor.id}/exceptions`, {
    token: await apiToken(DEMO.admin),
    body: {
      date: today,
      kind: 'extra_hours',
      start: startTime,
      end: '23:55',
      slotMinutes: 10,
      reason: 'e2e: a slot today',
    },
  });
  const added = (await freeSlots(doctor.id, now, endOfDay)).filter(
    (slot) => clinicDate(new Date(slot)) === today,
  );
  if (!added[0]) throw new Error('no free slot today even with extra hours');
  return added[0];
}

/** Makes sure the demo doctor has a free slot later today (adding extra hours if the day is full or over). */
export async function ensureFreeSlotToday(): Promise<string> {
  return slotToday(await demoDoctor());
}

/** A free slot of the demo doctor: today when asked, else the first one from tomorrow. */
async function freeSlotOf(doctor: DoctorView, when: 'today' | 'later'): Promise<string> {
  if (when === 'today') return slotToday(doctor);
  const from = new Date(Date.now() + 24 * 3_600_000);
  const [startsAt] = await freeSlots(doctor.id, from, new Date(from.getTime() + 14 * 24 * 3_600_000));
  if (!startsAt) throw new Error('no free slot');
  return startsAt;
}

/** Whether the demo doctor offers this slot to be booked now. */
export async function isFreeSlot(startsAt: string): Promise<boolean> {
  const start = new Date(startsAt);
  const slots = await freeSlots((await demoDoctor()).id, start, new Date(start.getTime() + 3_600_000));
  return slots.includes(startsAt);
}

/** Holds, as the patient, the first free slot of the demo doctor from tomorrow (for five minutes). */
export async function holdSlot(patient: TestPatient): Promise<AppointmentView> {
  const doctor = await demoDoctor();
  return callApi<AppointmentView>('/appointments/holds', {
    token: await apiToken(patient.email, patient.password),
    body: { doctorId: doctor.id, startsAt: await freeSlotOf(doctor, 'later'), type: 'consultation' },
  });
}

/** Books, as the patient, a free slot of the demo doctor: today when asked, else the first one from tomorrow. */
export async function bookAppointment(
  patient: TestPatient,
  when: 'today' | 'later',
): Promise<AppointmentView> {
  const doctor = await demoDoctor();
  const startsAt = await freeSlotOf(doctor, when);
  return callApi<AppointmentView>('/appointments', {
    token: await apiToken(patient.email, patient.password),
    body: { doctorId: doctor.id, startsAt, type: 'consultation' },
    headers: { 'Idempotency-Key': randomUUID() },
  });
}

/** A staff action on an appointment (confirm, check-in, …), as the demo receptionist. */
export async function staffAction(
  appointmentId: string,
  action: 'confirm' | 'check-in',
): Promise<AppointmentView> {
  return callApi<AppointmentView>(`/appointments/${appointmentId}/${action}`, {
    token: await apiToken(DEMO.receptionist),
    body: {},
  });
}

/**
 * The patient's unread count once the notifications a fixture caused (delivered asynchronously) have
 * arrived: waits for each of `titles` in the inbox, not for a time.
 */
export async function settledUnread(patient: TestPatient, titles: string[]): Promise<number> {
  const token = await apiToken(patient.email, patient.password);
  await waitUntil(
    async () => {
      const inbox = await callApi<Page<NotificationItem>>('/notifications?limit=100', { token });
      return titles.every((title) => inbox.items.some((item) => item.title === title));
    },
    { description: `the patient's notifications ${titles.map((title) => `"${title}"`).join(', ')}` },
  );
  return unreadCount(patient);
}

export async function unreadCount(patient: TestPatient): Promise<number> {
  const answer = await callApi<{ unread: number }>('/notifications/unread-count', {
    token: await apiToken(patient.email, patient.password),
  });
  return answer.unread;
}
