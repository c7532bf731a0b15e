'use client';

import { useActionState } from 'react';

import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/problem';

export interface SlotChoice {
  startsAt: string;
  label: string;
}

interface Props {
  /** The server action a pressed slot submits to, with `startsAt` and the hidden fields. */
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  slots: SlotChoice[];
  legend: string;
}

/** One button per free slot, named by its clinic time; pressing one submits it. */
export function BookSlotForm({ action, hidden, slots, legend }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
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
