'use client';

import { useActionState } from 'react';

import { PASSWORD_MIN_LENGTH } from '@healthsync/contracts/auth/password-rules';

import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { NameFields } from '@/components/ui/name-fields';
import { Notice } from '@/components/ui/notice';
import { createAccount, type RegistrationState } from '@/lib/actions/auth';
import { fieldFrom } from '@/lib/problem';

export function RegisterForm() {
  const [state, action, pending] = useActionState<RegistrationState, FormData>(createAccount, {});
  if (state.sent) {
    return (
      <Notice
        message={`We sent an email to ${state.values?.['email'] ?? 'your address'}. Open the link in it to finish creating your account (or, if you already have one, to sign in).`}
      />
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <NameFields field={(name) => fieldFrom(state, name)} autoComplete="own" />
      </div>
      <FormField
        {...fieldFrom(state, 'dateOfBirth')}
        label="Date of birth"
        type="date"
        autoComplete="bday"
        required
      />
      <FormField {...fieldFrom(state, 'email')} label="Email" type="email" autoComplete="email" required />
      <FormField
        {...fieldFrom(state, 'password', { keepValue: false })}
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; avoid common passwords.`}
      />
      <button type="submit" className="btn w-full" disabled={pending}>
        Create account
      </button>
    </form>
  );
}
