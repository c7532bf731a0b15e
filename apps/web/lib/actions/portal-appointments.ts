'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { refusedAppointmentAction } from '@/lib/appointment-refusals';
import { bookAppointment, cancelAppointment, rescheduleAppointment } from '@/lib/appointments-api';
import { formText } from '@/lib/form-data';
import { type ActionState, toActionState } from '@/lib/problem';

const refreshPortal = () => revalidatePath('/portal', 'layout');

export async function cancelAppointmentAction(_state: ActionState, form: FormData): Promise<ActionState> {
  try {
    await cancelAppointment(formText(form, 'appointmentId'), Number(formText(form, 'version')));
  } catch (error) {
    refreshPortal();
    return refusedAppointmentAction(error);
  }
  refreshPortal();
  redirect('/portal?cancelled=1');
}

export async function bookSlotAction(_state: ActionState, form: FormData): Promise<ActionState> {
  let appointmentId: string;
  try {
    const startsAt = formText(form, 'startsAt');
    const appointment = await bookAppointment(
      formText(form, 'doctorId'),
      startsAt,
      `${formText(form, 'bookingKey')}:${startsAt}`,
    );
    appointmentId = appointment.id;
  } catch (error) {
    return toActionState(error);
  }
  refreshPortal();
  redirect(`/portal?booked=${encodeURIComponent(appointmentId)}`);
}

export async function rescheduleOwnAppointmentAction(
  _state: ActionState,
  form: FormData,
): Promise<ActionState> {
  const id = formText(form, 'appointmentId');
  try {
    await rescheduleAppointment(id, formText(form, 'startsAt'), Number(formText(form, 'version')));
  } catch (error) {
    refreshPortal();
    return refusedAppointmentAction(error);
  }
  refreshPortal();
  redirect(`/portal/appointments/${encodeURIComponent(id)}?rescheduled=1`);
}
