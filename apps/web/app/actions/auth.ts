'use server';

import { redirect } from 'next/navigation';

import type { CurrentUser, LoginResult } from '@healthsync/contracts/auth';

import { api } from '../../lib/api';
import { homeOf } from '../../lib/current-user';
import { type FormState, toFormState } from '../../lib/problem';
import { clearSession, storeSession } from '../../lib/session';

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** Signs in and returns the signed-in user; a form state when the API refuses. */
async function signInWith(email: string, password: string): Promise<CurrentUser | FormState> {
  const result = await api<LoginResult>('/auth/login', {
    method: 'POST',
    body: { email, password },
    anonymous: true,
  });
  if (result.status !== 'authenticated') {
    return { formError: 'This account uses two-factor sign-in, which the portal does not support yet.' };
  }
  await storeSession(result.tokens);
  return api<CurrentUser>('/auth/me', { token: result.tokens.accessToken });
}

export async function signIn(_state: FormState, form: FormData): Promise<FormState> {
  const email = text(form, 'email');
  let outcome: CurrentUser | FormState;
  try {
    outcome = await signInWith(email, text(form, 'password'));
  } catch (error) {
    return toFormState(error, { email });
  }
  if (!('role' in outcome)) return { ...outcome, values: { email } };
  redirect(homeOf(outcome.role));
}

export async function createAccount(_state: FormState, form: FormData): Promise<FormState> {
  const values = {
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
    dateOfBirth: text(form, 'dateOfBirth'),
    email: text(form, 'email'),
  };
  const password = text(form, 'password');
  let outcome: CurrentUser | FormState;
  try {
    await api<CurrentUser>('/auth/register', {
      method: 'POST',
      body: { ...values, password },
      anonymous: true,
    });
    outcome = await signInWith(values.email, password);
  } catch (error) {
    return toFormState(error, values);
  }
  if (!('role' in outcome)) return { ...outcome, values };
  redirect('/portal');
}

export async function signOut(): Promise<void> {
  await api<void>('/auth/logout', { method: 'POST' }).catch(() => undefined);
  await clearSession();
  redirect('/login');
}
