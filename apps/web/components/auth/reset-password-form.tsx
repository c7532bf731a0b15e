'use client';

import { useActionState } from 'react';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@healthsync/contracts/auth/password-rules';

import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { resetPassword } from '@/lib/actions/auth';
import { fieldFrom, type ActionState } from '@/lib/problem';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(resetPassword, {});
  return (
    <form action={action} className="space-y-4">
      <FormAlert message={state.formError} />
      <input type="hidden" name="token" value={token} />
      <FormField
        {...fieldFrom(state, 'newPassword', { keepValue: false })}
        label="New password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; avoid common passwords.`}
        required
      />
      <FormField
        {...fieldFrom(state, 'confirmPassword', { keepValue: false })}
        label="New password again"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        required
      />
      <button type="submit" className="btn w-full" disabled={pending}>
        Set new password
      </button>
    </form>
  );
}
