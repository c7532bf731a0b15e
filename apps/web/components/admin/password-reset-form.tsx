'use client';

import { useActionState } from 'react';

import { FormAlert } from '@/components/ui/form-alert';
import { Notice } from '@/components/ui/notice';
import { passwordResetAction } from '@/lib/actions/admin-users';
import type { ActionState } from '@/lib/problem';

/** Emails the person a single-use link to choose a new password; no password passes through the admin. */
export function PasswordResetForm({ userId, email }: { userId: string; email: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(passwordResetAction, {});
  return (
    <section aria-labelledby="reset-heading" className="card space-y-3">
      <h2 id="reset-heading">Password</h2>
      <p className="text-slate-700">Send a link to {email} with which they choose a new password.</p>
      <form action={action} className="space-y-3">
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="email" value={email} />
        <FormAlert message={state.formError} />
        {state.notice && <Notice message={state.notice} />}
        <button type="submit" className="btn-secondary" disabled={pending}>
          {pending ? 'Sending…' : 'Send password-reset email'}
        </button>
      </form>
    </section>
  );
}
