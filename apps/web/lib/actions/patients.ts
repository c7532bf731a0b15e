'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { formValues } from '@/lib/form-data';
import { registerPatient, updatePatient } from '@/lib/patients-api';
import { toPatientFormState } from '@/lib/patients/form-errors';
import type { PatientFormState } from '@/lib/patients/form-state';
import { createPatientBody, PATIENT_FIELDS, updatePatientBody } from '@/lib/patients/patient-form-values';

export async function registerPatientAction(
  _state: PatientFormState,
  form: FormData,
): Promise<PatientFormState> {
  const values = formValues(form, PATIENT_FIELDS);
  let id: string;
  try {
    const patient = await registerPatient(createPatientBody(values, form.get('confirmDuplicate') === 'true'));
    id = patient.id;
  } catch (error) {
    return toPatientFormState(error, values, PATIENT_FIELDS);
  }
  revalidatePath('/staff/patients');
  redirect(`/staff/patients/${id}?registered=1`);
}

export async function updatePatientAction(
  id: string,
  _state: PatientFormState,
  form: FormData,
): Promise<PatientFormState> {
  const values = formValues(form, PATIENT_FIELDS);
  try {
    await updatePatient(id, updatePatientBody(values, Number(form.get('version'))));
  } catch (error) {
    return toPatientFormState(error, values, PATIENT_FIELDS);
  }
  revalidatePath('/staff/patients');
  redirect(`/staff/patients/${id}?saved=1`);
}
