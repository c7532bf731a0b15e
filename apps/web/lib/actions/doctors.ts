'use server';

import { revalidatePath } from 'next/cache';

import type { AvailabilityExceptionDto, UpdateDoctorProfileDto } from '@healthsync/contracts/scheduling';
import { AVAILABILITY_RULES_MAX } from '@healthsync/contracts/scheduling/scheduling-limits';
import { formatMajorUnits, parseMinorUnits } from '@healthsync/domain/money';
import type { Weekday, WeeklyRule } from '@healthsync/domain/scheduling';

import {
  addAvailabilityException,
  removeAvailabilityException,
  replaceAvailability,
  updateDoctorProfile,
} from '@/lib/doctors-api';
import { formValues, integerOf, textOf } from '@/lib/form-data';
import { type ActionState, toActionState } from '@/lib/problem';

const PROFILE_FIELDS = [
  'specialty',
  'bio',
  'languages',
  'fee',
  'currency',
  'defaultSlotMinutes',
  'bufferMinutes',
  'minNoticeMinutes',
  'dailyCap',
] as const;

const profilePath = (doctorId: string) => `/staff/doctors/${doctorId}`;

function profileChanges(form: FormData, currency: string, feeMinor: number): UpdateDoctorProfileDto {
  const cap = textOf(form, 'dailyCap');
  return {
    specialty: textOf(form, 'specialty'),
    bio: textOf(form, 'bio'),
    languages: textOf(form, 'languages')
      .split(/[\s,]+/)
      .filter(Boolean),
    consultationFeeMinor: feeMinor,
    currency,
    defaultSlotMinutes: integerOf(form, 'defaultSlotMinutes'),
    bufferMinutes: integerOf(form, 'bufferMinutes'),
    minNoticeMinutes: integerOf(form, 'minNoticeMinutes'),
    dailyCap: cap === '' ? null : integerOf(form, 'dailyCap'),
  };
}

const profileField = (field: string) =>
  field === 'consultationFeeMinor' ? 'fee' : field.startsWith('languages') ? 'languages' : field;

export async function updateProfileAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const doctorId = textOf(form, 'doctorId');
  const currency = textOf(form, 'currency').toUpperCase();
  const feeMinor = parseMinorUnits(textOf(form, 'fee'), currency);
  if (feeMinor === null) {
    const example = formatMajorUnits(6000, currency);
    const fieldErrors = {
      fee: `Enter the fee as an amount of ${currency || 'the currency'}, e.g. ${example}.`,
    };
    return { fieldErrors, values: formValues(form, PROFILE_FIELDS) };
  }
  try {
    await updateDoctorProfile(doctorId, profileChanges(form, currency, feeMinor));
  } catch (error) {
    return toActionState(error, formValues(form, PROFILE_FIELDS), profileField);
  }
  revalidatePath(profilePath(doctorId));
  return { notice: 'Profile saved.' };
}

/** The rows of the availability editor: `rules.<n>.weekday|start|end|slotMinutes`. */
function submittedRules(form: FormData): WeeklyRule[] {
  const count = Math.min(integerOf(form, 'ruleCount') || 0, AVAILABILITY_RULES_MAX);
  return Array.from({ length: count }, (_, index) => ({
    weekday: integerOf(form, `rules.${index}.weekday`) as Weekday,
    start: textOf(form, `rules.${index}.start`),
    end: textOf(form, `rules.${index}.end`),
    slotMinutes: integerOf(form, `rules.${index}.slotMinutes`),
  }));
}

export async function saveAvailabilityAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const doctorId = textOf(form, 'doctorId');
  try {
    await replaceAvailability(doctorId, submittedRules(form));
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath(profilePath(doctorId));
  return { notice: 'Weekly hours saved.' };
}

const EXCEPTION_FIELDS = ['date', 'kind', 'start', 'end', 'slotMinutes', 'reason'] as const;

function submittedException(form: FormData): AvailabilityExceptionDto {
  const kind = textOf(form, 'kind') as AvailabilityExceptionDto['kind'];
  const reason = textOf(form, 'reason') || undefined;
  const date = textOf(form, 'date');
  if (kind !== 'extra_hours') return { date, kind, reason };
  return {
    date,
    kind,
    reason,
    start: textOf(form, 'start'),
    end: textOf(form, 'end'),
    slotMinutes: integerOf(form, 'slotMinutes'),
  };
}

export async function addExceptionAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const doctorId = textOf(form, 'doctorId');
  try {
    await addAvailabilityException(doctorId, submittedException(form));
  } catch (error) {
    return toActionState(error, formValues(form, EXCEPTION_FIELDS), (field) =>
      field.replace(/^exceptions\.\d+\./, ''),
    );
  }
  revalidatePath(profilePath(doctorId));
  return { notice: 'Exception added.' };
}

export async function removeExceptionAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const doctorId = textOf(form, 'doctorId');
  try {
    await removeAvailabilityException(doctorId, textOf(form, 'exceptionId'));
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath(profilePath(doctorId));
  return { notice: 'Exception removed.' };
}
