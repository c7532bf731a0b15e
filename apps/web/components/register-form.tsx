'use client';

import { useActionState } from 'react';

import { PASSWORD_MIN_LENGTH } from '@healthsync/contracts/auth/password-rules';

import { createAccount } from '../app/actions/auth';
import type { FormState } from '../lib/problem';
import { FormAlert } from './form-alert';
import { FormField } from './form-field';

export function RegisterForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createAccount, {});
  const errorOf = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="firstName"
          label="First name"
          autoComplete="given-name"
          required
          defaultValue={state.values?.['firstName']}
          error={errorOf('firstName')}
        />
        <FormField
          name="lastName"
          label="Last name"
          autoComplete="family-name"
          required
          defaultValue={state.values?.['lastName']}
          error={errorOf('lastName')}
        />
      </div>
      <FormField
        name="dateOfBirth"
        label="Date of birth"
        type="date"
        autoComplete="bday"
        required
        defaultValue={state.values?.['dateOfBirth']}
        error={errorOf('dateOfBirth')}
      />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.['email']}
        error={errorOf('email')}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; avoid common passwords.`}
        error={errorOf('password')}
      />
      <button type="submit" className="btn w-full" disabled={pending}>
        Create account
      </button>
    </form>
  );
}
