'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import type { ChangeRoleDto, CreateStaffUserDto } from '@healthsync/contracts/admin';
// The enums' own file: the package's index also loads decorated DTO classes.
import { AccountErrorCode, AuthErrorCode } from '@healthsync/contracts/auth/auth-error-codes';
import { Role } from '@healthsync/domain/accounts';

import { changeUserRole, createStaffUser, sendPasswordReset, setUserActive } from '@/lib/admin-api';
import { ROLE_LABELS } from '@/lib/admin/account-labels';
import { formValues, textOf } from '@/lib/form-data';
import { ApiError, type ActionState, toActionState } from '@/lib/problem';

const CREATE_FIELDS = ['firstName', 'lastName', 'email', 'role', 'specialty', 'licenceNumber'] as const;

/** Specialty and licence go with the doctor role only (the API checks them whenever they are sent). */
function withDoctorDetail<T extends { role: Role }>(
  form: FormData,
  dto: T,
): T & Pick<ChangeRoleDto, 'specialty' | 'licenceNumber'> {
  if (dto.role !== Role.Doctor) return dto;
  return { ...dto, specialty: textOf(form, 'specialty'), licenceNumber: textOf(form, 'licenceNumber') };
}

/** Conflicts that concern one field are shown next to it. */
const FIELD_OF_CODE: Record<string, string> = {
  [AuthErrorCode.EmailTaken]: 'email',
  [AccountErrorCode.LicenceTaken]: 'licenceNumber',
};

function refusal(error: unknown, values: Record<string, string>): ActionState {
  const state = toActionState(error, values);
  const field = error instanceof ApiError ? FIELD_OF_CODE[error.code] : undefined;
  if (!field || !state.formError) return state;
  return {
    ...state,
    formError: 'Please correct the fields marked below.',
    fieldErrors: { ...state.fieldErrors, [field]: state.formError },
  };
}

const usersPath = (id?: string) => (id ? `/staff/admin/users/${id}` : '/staff/admin/users');

export async function createStaffUserAction(_state: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const dto: CreateStaffUserDto = withDoctorDetail(form, {
      firstName: textOf(form, 'firstName'),
      lastName: textOf(form, 'lastName'),
      email: textOf(form, 'email'),
      role: textOf(form, 'role') as Role,
    });
    id = (await createStaffUser(dto)).id;
  } catch (error) {
    return refusal(error, formValues(form, CREATE_FIELDS));
  }
  revalidatePath(usersPath());
  redirect(`${usersPath(id)}?created=1`);
}

export async function changeRoleAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const id = textOf(form, 'userId');
  try {
    const changed = await changeUserRole(id, withDoctorDetail(form, { role: textOf(form, 'role') as Role }));
    revalidatePath(usersPath(id));
    return { notice: `Role changed to ${ROLE_LABELS[changed.role]}. They have been signed out everywhere.` };
  } catch (error) {
    return refusal(error, formValues(form, ['role', 'specialty', 'licenceNumber']));
  }
}

export async function setStatusAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const id = textOf(form, 'userId');
  const active = textOf(form, 'status') === 'active';
  try {
    await setUserActive(id, active);
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath(usersPath(id));
  redirect(`${usersPath(id)}?${active ? 'reactivated' : 'deactivated'}=1`);
}

export async function passwordResetAction(_state: ActionState, form: FormData): Promise<ActionState> {
  try {
    await sendPasswordReset(textOf(form, 'userId'));
  } catch (error) {
    return toActionState(error);
  }
  return {
    notice: `A password-reset email is on its way to ${textOf(form, 'email')}. Its link works for 30 minutes.`,
  };
}
