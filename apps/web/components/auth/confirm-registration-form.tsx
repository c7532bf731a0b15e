'use client';

import { useActionState } from 'react';

import { PASSWORD_MAX_LENGTH } from '@healthsync/contracts/auth/password-rules';

import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { confirmRegistration } from '@/lib/actions/auth';
import { fieldFrom, type ActionState } from '@/lib/problem';

export function ConfirmRegistrationForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(confirmRegistration, {});
  return (
    <form action={action} className="space-y-4">
      <FormAlert message={state.formError} />
      <input type="hidden" name="token" value={token} />
      <FormField
        {...fieldFrom(state, 'password', { keepValue: false })}
        label="Password"
        hint="The password you chose when you registered."
        type="password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX_LENGTH}
        required
      />
      <button type="submit" className="btn w-full" disabled={pending}>
        Finish creating my account
      </button>
    </form>
  );
}
