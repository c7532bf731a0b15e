'use client';

import Link from 'next/link';
import { useActionState } from 'react';

import { FormAlert } from '@/components/ui/form-alert';
import { setStatusAction } from '@/lib/actions/admin-users';
import type { ActionState } from '@/lib/problem';

interface Props {
  userId: string;
  name: string;
  active: boolean;
  /** The confirm step is a page state (`?confirm=status`), so it works without JavaScript too. */
  confirming: boolean;
}

/** Deactivate or reactivate, behind a confirm step that says what will happen. */
export function AccountStatusForm({ userId, name, active, confirming }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setStatusAction, {});
  const verb = active ? 'Deactivate' : 'Reactivate';
  return (
    <section aria-labelledby="status-heading" className="card space-y-3">
      <h2 id="status-heading">{active ? 'Deactivate account' : 'Reactivate account'}</h2>
      <FormAlert message={state.formError} />
      {!confirming ? (
        <>
          <p className="text-slate-700">
            {active
              ? 'A deactivated account cannot sign in; its history stays.'
              : 'This account is deactivated and cannot sign in.'}
          </p>
          <Link href={`/staff/admin/users/${userId}?confirm=status`} scroll={false} className="btn-secondary">
            {verb} account…
          </Link>
        </>
      ) : (
        <form action={action} className="space-y-3 rounded-md border border-amber-800 bg-amber-50 p-3">
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="status" value={active ? 'deactivated' : 'active'} />
          <p className="font-medium text-amber-950">
            {active
              ? `Deactivate ${name}? They are signed out everywhere at once and can no longer sign in.`
              : `Reactivate ${name}? They can sign in again with their password.`}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn" disabled={pending}>
              {`Yes, ${verb.toLowerCase()}`}
            </button>
            <Link href={`/staff/admin/users/${userId}`} scroll={false} className="btn-secondary">
              Cancel
            </Link>
          </div>
        </form>
      )}
    </section>
  );
}
