'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { formValues } from '@/lib/form-data';
import { updateMyContact } from '@/lib/patients-api';
import { toPatientFormState } from '@/lib/patients/form-errors';
import { CONTACT_FIELDS, myContactBody } from '@/lib/patients/patient-form-values';
import type { ActionState } from '@/lib/problem';

export async function updateMyContactAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, CONTACT_FIELDS);
  try {
    await updateMyContact(myContactBody(values));
  } catch (error) {
    return toPatientFormState(error, values, CONTACT_FIELDS);
  }
  revalidatePath('/portal/profile');
  redirect('/portal/profile?saved=1');
}
