'use client';

import { useActionState, useState } from 'react';

import { EMAIL_MAX_LENGTH } from '@healthsync/contracts/common/text-limits';
import { Role } from '@healthsync/domain/accounts';

import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { NameFields } from '@/components/ui/name-fields';
import { SelectField } from '@/components/ui/select-field';
import { createStaffUserAction } from '@/lib/actions/admin-users';
import { STAFF_ROLE_OPTIONS } from '@/lib/admin/account-labels';
import { type ActionState, fieldFrom } from '@/lib/problem';

import { DoctorDetailFields } from './doctor-detail-fields';

/** Name, email and role of a new staff member; a doctor also needs a specialty and a licence number. */
export function CreateStaffForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(createStaffUserAction, {});
  const [role, setRole] = useState(state.values?.['role'] ?? Role.Receptionist);
  const field = (name: string) => fieldFrom(state, name);
  return (
    <form action={action} className="card space-y-4">
      <FormAlert message={state.formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <NameFields field={field} />
        <FormField
          {...field('email')}
          label="Email"
          type="email"
          autoComplete="off"
          required
          maxLength={EMAIL_MAX_LENGTH}
        />
        <SelectField
          name="role"
          label="Role"
          options={STAFF_ROLE_OPTIONS}
          value={role}
          onChange={(event) => setRole(event.target.value)}
          error={state.fieldErrors?.['role']}
        />
      </div>
      {role === Role.Doctor && <DoctorDetailFields values={state.values} errors={state.fieldErrors} />}
      <p className="text-slate-700">
        The new staff member gets an email invitation with a link to set their own password; the account has
        no password until then.
      </p>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
