'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import type { PatientSummary } from '@healthsync/contracts/patients';
import { PATIENT_SEARCH_TEXT_MAX } from '@healthsync/contracts/patients/patient-rules';
import { APPOINTMENT_ACTIONS } from '@healthsync/domain/appointments';

import { statusLabel } from '@/lib/appointment-labels';
import { refusedAppointmentAction } from '@/lib/appointment-refusals';
import {
  bookAppointment,
  releaseHold,
  rescheduleAppointment,
  type TransitionName,
  transitionAppointment,
} from '@/lib/appointments-api';
import { messageOf } from '@/lib/error-messages';
import { formText } from '@/lib/form-data';
import { searchPatients } from '@/lib/patients-api';
import { type ActionState, ApiError } from '@/lib/problem';

const isTransition = (value: string): value is TransitionName =>
  value !== 'reschedule' && (APPOINTMENT_ACTIONS as readonly string[]).includes(value);

/** Every staff page that shows appointments: Today, the calendar and the appointment pages. */
const refreshStaffPages = () => revalidatePath('/staff', 'layout');

export async function appointmentTransitionAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const action = formText(form, 'action');
  const reason = formText(form, 'reason').trim();
  if (!isTransition(action)) return { formError: 'This action is unknown.' };
  if (action === 'cancel' && !reason) {
    return {
      formError: 'Please give a reason.',
      fieldErrors: { reason: 'Say why the appointment is cancelled.' },
    };
  }
  try {
    const changed = await transitionAppointment(formText(form, 'appointmentId'), action, {
      expectedVersion: Number(formText(form, 'version')) || undefined,
      ...(action === 'cancel' ? { reason } : {}),
    });
    refreshStaffPages();
    return { notice: `The appointment is now ${statusLabel(changed.status).toLowerCase()}.` };
  } catch (error) {
    refreshStaffPages();
    return refusedAppointmentAction(error);
  }
}

/** Releases a slot hold; one that lapsed or was released meanwhile is simply gone from the refreshed list. */
export async function releaseHoldAction(form: FormData): Promise<void> {
  try {
    await releaseHold(formText(form, 'appointmentId'));
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  } finally {
    refreshStaffPages();
  }
}

export async function staffRescheduleAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const id = formText(form, 'appointmentId');
  try {
    await rescheduleAppointment(id, formText(form, 'startsAt'), Number(formText(form, 'version')));
  } catch (error) {
    refreshStaffPages();
    return refusedAppointmentAction(error);
  }
  refreshStaffPages();
  redirect(`/staff/appointments/${encodeURIComponent(id)}?rescheduled=1`);
}

export async function bookForPatientAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const patientId = formText(form, 'patientId');
  if (!patientId) {
    return {
      formError: 'Please choose a patient.',
      fieldErrors: { patientId: 'Search and choose the patient.' },
    };
  }
  let appointmentId: string;
  try {
    const startsAt = formText(form, 'startsAt');
    const booked = await bookAppointment(
      formText(form, 'doctorId'),
      startsAt,
      `${formText(form, 'bookingKey')}:${startsAt}:${patientId}`,
      patientId,
    );
    appointmentId = booked.id;
  } catch (error) {
    refreshStaffPages();
    return refusedAppointmentAction(error);
  }
  refreshStaffPages();
  redirect(`/staff/appointments/${encodeURIComponent(appointmentId)}?booked=1`);
}

export interface PatientMatch {
  id: string;
  label: string;
}

/** Patients matching a name for the booking dialog; a refused or too-short search finds nobody. */
export async function findPatientsAction(
  query: string,
): Promise<{ matches: PatientMatch[]; error?: string }> {
  const q = query.trim();
  if (q.length < 2) return { matches: [] };
  try {
    const page = await searchPatients({ q: q.slice(0, PATIENT_SEARCH_TEXT_MAX) }, 10);
    return { matches: page.items.map((patient) => ({ id: patient.id, label: describePatient(patient) })) };
  } catch (error) {
    if (error instanceof ApiError) return { matches: [], error: messageOf(error) };
    throw error;
  }
}

const describePatient = (patient: PatientSummary): string =>
  `${patient.firstName} ${patient.lastName} · born ${patient.dateOfBirth} · ${patient.mrn}`;
