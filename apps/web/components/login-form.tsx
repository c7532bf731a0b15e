'use client';

import { useActionState } from 'react';

import { signIn } from '../app/actions/auth';
import type { FormState } from '../lib/problem';
import { FormAlert } from './form-alert';
import { FormField } from './form-field';

export function LoginForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signIn, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.formError} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.['email']}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.['password']}
      />
      <button type="submit" className="btn w-full" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}
