'use client';

import { useActionState } from 'react';

import { EMAIL_MAX_LENGTH } from '@healthsync/contracts/common/text-limits';

import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { Notice } from '@/components/ui/notice';
import { type ForgotPasswordState, requestPasswordReset } from '@/lib/actions/auth';
import { fieldFrom } from '@/lib/problem';

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(requestPasswordReset, {});
  if (state.sent) {
    return (
      <Notice message="If an account uses that address, we have emailed it a link to choose a new password. The link works for a limited time; check your spam folder if nothing arrives." />
    );
  }
  return (
    <form action={action} className="space-y-4">
      <p>Enter the email address you sign in with. We will send you a link to choose a new password.</p>
      <FormAlert message={state.formError} />
      <FormField
        {...fieldFrom(state, 'email')}
        label="Email"
        type="email"
        autoComplete="email"
        maxLength={EMAIL_MAX_LENGTH}
        required
      />
      <button type="submit" className="btn w-full" disabled={pending}>
        Email me a reset link
      </button>
    </form>
  );
}
