'use client';

import { useActionState } from 'react';

import { bookSlotAction } from '../app/portal/actions';
import type { FormState } from '../lib/problem';
import { FormAlert } from './form-alert';

export interface SlotChoice {
  startsAt: string;
  label: string;
}

interface Props {
  doctorId: string;
  bookingKey: string;
  slots: SlotChoice[];
  legend: string;
}

/** One button per free slot; pressing one books it. */
export function BookSlotForm({ doctorId, bookingKey, slots, legend }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(bookSlotAction, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="doctorId" value={doctorId} />
      <input type="hidden" name="bookingKey" value={bookingKey} />
      <FormAlert message={state.formError} />
      <fieldset>
        <legend className="mb-2 font-semibold">{legend}</legend>
        <ul className="flex flex-wrap gap-2">
          {slots.map((slot) => (
            <li key={slot.startsAt}>
              <button
                type="submit"
                name="startsAt"
                value={slot.startsAt}
                className="btn-secondary"
                disabled={pending}
              >
                {slot.label}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
    </form>
  );
}
