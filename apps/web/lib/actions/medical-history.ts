'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { recordMedicalHistory } from '@/lib/patients-api';
import { toPatientFormState } from '@/lib/patients/form-errors';
import { formFieldOf, historyBody, readHistoryForm } from '@/lib/patients/history-form-values';
import { ApiError, type ActionState } from '@/lib/problem';

export async function recordHistoryAction(
  patientId: string,
  _state: ActionState,
  form: FormData,
): Promise<ActionState> {
  const values = readHistoryForm(form);
  const { body, formRowOf } = historyBody(values, Number(form.get('expectedVersion')));
  try {
    await recordMedicalHistory(patientId, body);
  } catch (error) {
    const placed =
      error instanceof ApiError
        ? new ApiError(error.status, {
            ...error.problem,
            errors: error.fieldErrors.map((fieldError) => ({
              ...fieldError,
              field: formFieldOf(fieldError.field, formRowOf),
            })),
          })
        : error;
    return toPatientFormState(placed, values, Object.keys(values));
  }
  revalidatePath(`/staff/patients/${patientId}`);
  redirect(`/staff/patients/${patientId}?recorded=1`);
}
