'use client';

import { useActionState, useState, type FormEvent } from 'react';

import {
  EXCEPTION_REASON_MAX_LENGTH,
  MAX_SLOT_MINUTES,
  MIN_SLOT_MINUTES,
} from '@healthsync/contracts/scheduling/scheduling-limits';

import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { addExceptionAction } from '@/lib/actions/doctors';
import { exceptionErrors } from '@/lib/doctors/schedule-rules';
import { textOf } from '@/lib/form-data';
import { type ActionState, fieldFrom } from '@/lib/problem';

const KINDS = [
  { value: 'day_off', label: 'Day off' },
  { value: 'extra_hours', label: 'Extra hours' },
] as const;

/** Adds a day off or extra hours on one date (POST /doctors/{id}/exceptions). */
export function ExceptionForm({
  doctorId,
  defaultSlotMinutes,
}: {
  doctorId: string;
  defaultSlotMinutes: number;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addExceptionAction, {});
  const [kind, setKind] = useState(state.values?.kind ?? 'day_off');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const field = (name: string) => fieldFrom({ ...state, fieldErrors: errors }, name);

  const check = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    const extra = kind === 'extra_hours';
    const found = exceptionErrors({
      date: textOf(form, 'date'),
      kind: kind as 'day_off' | 'extra_hours',
      start: extra ? textOf(form, 'start') : undefined,
      end: extra ? textOf(form, 'end') : undefined,
      slotMinutes: extra ? Number(textOf(form, 'slotMinutes') || Number.NaN) : undefined,
    });
    if (extra) {
      for (const name of ['start', 'end', 'slotMinutes']) {
        if (!textOf(form, name)) found[name] = 'Required for extra hours.';
      }
    }
    if (!textOf(form, 'date')) found['date'] = 'Choose a date.';
    if (textOf(form, 'reason').length > EXCEPTION_REASON_MAX_LENGTH)
      found['reason'] = `At most ${EXCEPTION_REASON_MAX_LENGTH} characters.`;
    if (Object.keys(found).length > 0) event.preventDefault();
    setClientErrors(Object.keys(found).length > 0 ? found : null);
  };

  return (
    <form action={action} onSubmit={check} noValidate className="space-y-4 border-t border-slate-200 pt-4">
      <h3 className="font-semibold">Add a day off or extra hours</h3>
      <input type="hidden" name="doctorId" value={doctorId} />
      <FormAlert message={clientErrors ? 'Please correct the fields marked below.' : state.formError} />
      {state.notice && !clientErrors && <Notice message={state.notice} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...field('date')} label="Date" type="date" required />
        <SelectField
          name="kind"
          label="Kind"
          options={KINDS}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          error={errors['kind']}
        />
        {kind === 'extra_hours' && (
          <>
            <FormField {...field('start')} label="From" type="time" required />
            <FormField {...field('end')} label="To" type="time" required />
            <FormField
              {...field('slotMinutes')}
              defaultValue={state.values?.['slotMinutes'] ?? String(defaultSlotMinutes)}
              label="Slot (minutes)"
              type="number"
              min={MIN_SLOT_MINUTES}
              max={MAX_SLOT_MINUTES}
              step={1}
              required
            />
          </>
        )}
        <FormField {...field('reason')} label="Reason (optional)" maxLength={EXCEPTION_REASON_MAX_LENGTH} />
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Adding…' : 'Add'}
      </button>
    </form>
  );
}
