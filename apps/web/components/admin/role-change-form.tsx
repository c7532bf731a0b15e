'use client';

import { useActionState, useState } from 'react';

import { Role } from '@healthsync/domain/accounts';

import { FormAlert } from '@/components/ui/form-alert';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { changeRoleAction } from '@/lib/actions/admin-users';
import { STAFF_ROLE_OPTIONS } from '@/lib/admin/account-labels';
import type { ActionState } from '@/lib/problem';

import { DoctorDetailFields } from './doctor-detail-fields';

interface Props {
  userId: string;
  role: Role;
  specialty?: string;
  licenceNumber?: string;
}

/** A new staff role; becoming a doctor asks for a specialty and licence number. */
export function RoleChangeForm({ userId, role, specialty, licenceNumber }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeRoleAction, {});
  const [chosen, setChosen] = useState<string>(role);
  return (
    <section aria-labelledby="role-heading" className="card space-y-3">
      <h2 id="role-heading">Change role</h2>
      <p className="text-slate-700">
        The person is signed out everywhere and signs in again with the new role.
      </p>
      <form action={action} className="space-y-4">
        <input type="hidden" name="userId" value={userId} />
        <FormAlert message={state.formError} />
        {state.notice && <Notice message={state.notice} />}
        <div className="max-w-xs">
          <SelectField
            name="role"
            label="New role"
            options={STAFF_ROLE_OPTIONS}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            error={state.fieldErrors?.['role']}
          />
        </div>
        {chosen === Role.Doctor && (
          <DoctorDetailFields
            values={state.values ?? { specialty, licenceNumber }}
            errors={state.fieldErrors}
          />
        )}
        <button type="submit" className="btn" disabled={pending || (chosen === role && role !== Role.Doctor)}>
          {pending ? 'Changing…' : 'Change role'}
        </button>
      </form>
    </section>
  );
}
