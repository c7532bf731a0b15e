'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type FormState, toFormState } from '../../lib/problem';
import { bookAppointment, cancelAppointment } from '../../lib/scheduling-api';

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export async function cancelAppointmentAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    await cancelAppointment(text(form, 'appointmentId'), Number(text(form, 'version')));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath('/portal');
  redirect('/portal?cancelled=1');
}

export async function bookSlotAction(_state: FormState, form: FormData): Promise<FormState> {
  let appointmentId: string;
  try {
    const startsAt = text(form, 'startsAt');
    const appointment = await bookAppointment(
      text(form, 'doctorId'),
      startsAt,
      `${text(form, 'bookingKey')}:${startsAt}`,
    );
    appointmentId = appointment.id;
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath('/portal');
  redirect(`/portal?booked=${encodeURIComponent(appointmentId)}`);
}
