'use client';

import { useActionState } from 'react';

import {
  BUFFER_MINUTES_MAX,
  DAILY_CAP_MAX,
  DOCTOR_BIO_MAX_LENGTH,
  MAX_SLOT_MINUTES,
  MIN_NOTICE_MINUTES_MAX,
  MIN_SLOT_MINUTES,
  SPECIALTY_MAX_LENGTH,
} from '@healthsync/contracts/scheduling/scheduling-limits';
import type { DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';
import { formatMajorUnits } from '@healthsync/domain/money';

import { FormAlert } from '@/components/ui/form-alert';
import { describedBy, FieldFrame, FormField } from '@/components/ui/form-field';
import { Notice } from '@/components/ui/notice';
import { updateProfileAction } from '@/lib/actions/doctors';
import { type ActionState, fieldFrom } from '@/lib/problem';

/** The booking rules: whole numbers within the API's bounds (the daily cap may be left empty). */
const BOOKING_RULES = [
  {
    name: 'defaultSlotMinutes',
    label: 'Default slot length (minutes)',
    min: MIN_SLOT_MINUTES,
    max: MAX_SLOT_MINUTES,
    required: true,
  },
  {
    name: 'bufferMinutes',
    label: 'Buffer around appointments (minutes)',
    min: 0,
    max: BUFFER_MINUTES_MAX,
    required: true,
  },
  {
    name: 'minNoticeMinutes',
    label: 'Minimum notice for booking (minutes)',
    min: 0,
    max: MIN_NOTICE_MINUTES_MAX,
    required: true,
  },
  {
    name: 'dailyCap',
    label: 'Most appointments a day',
    hint: 'Leave empty for no limit',
    min: 1,
    max: DAILY_CAP_MAX,
  },
] as const;

/** An admin's edit of a doctor's profile (PATCH /doctors/{id}), with the API's rules as constraints. */
export function DoctorProfileForm({ doctor }: { doctor: DoctorView }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateProfileAction, {});
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const field = (name: string, initial: string) => fieldFrom(state, name, { initial });
  return (
    <details className="card" open={Boolean(state.formError)}>
      <summary className="cursor-pointer font-semibold">Edit profile and booking rules</summary>
      <form action={action} className="mt-4 space-y-4">
        <input type="hidden" name="doctorId" value={doctor.id} />
        <FormAlert message={state.formError} />
        {state.notice && <Notice message={state.notice} />}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            {...field('specialty', doctor.specialty)}
            label="Specialty"
            required
            maxLength={SPECIALTY_MAX_LENGTH}
          />
          <FormField
            {...field('languages', doctor.languages.join(', '))}
            label="Languages"
            hint="Language tags separated by commas, e.g. en, de, pt-BR"
          />
          <FormField
            {...field('fee', formatMajorUnits(doctor.consultationFeeMinor, doctor.currency))}
            label="Consultation fee"
            inputMode="decimal"
            pattern="\d+([.,]\d+)?"
            required
          />
          <FormField
            {...field('currency', doctor.currency)}
            label="Currency"
            hint="ISO 4217 code, e.g. EUR"
            pattern="[A-Z]{3}"
            maxLength={3}
            required
          />
          {BOOKING_RULES.map(({ name, ...rule }) => (
            <FormField
              key={name}
              {...field(name, doctor[name] === null ? '' : String(doctor[name]))}
              {...rule}
              type="number"
              step={1}
            />
          ))}
        </div>
        <FieldFrame id="field-bio" label="About" error={state.fieldErrors?.bio}>
          <textarea
            id="field-bio"
            name="bio"
            rows={3}
            maxLength={DOCTOR_BIO_MAX_LENGTH}
            defaultValue={value('bio', doctor.bio)}
            className="field-input"
            aria-invalid={state.fieldErrors?.bio ? true : undefined}
            aria-describedby={describedBy('field-bio', undefined, state.fieldErrors?.bio)}
          />
        </FieldFrame>
        <button type="submit" className="btn" disabled={pending}>
          {pending ? 'Saving…' : 'Save profile'}
        </button>
      </form>
    </details>
  );
}
