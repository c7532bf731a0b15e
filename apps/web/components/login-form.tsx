'use client';

import { useActionState } from 'react';

import { signIn } from '../app/actions/auth';
import { fieldFrom, type FormState } from '../lib/problem';
import { FormAlert } from './form-alert';
import { FormField } from './form-field';

export function LoginForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signIn, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.formError} />
      <FormField {...fieldFrom(state, 'email')} label="Email" type="email" autoComplete="email" required />
      <FormField
        {...fieldFrom(state, 'password', false)}
        label="Password"
        type="password"
        autoComplete="current-password"
        required
      />
      <button type="submit" className="btn w-full" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}
