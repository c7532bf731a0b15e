'use server';

import { redirect } from 'next/navigation';

import type { LoginResult, TotpSetup } from '@healthsync/contracts/auth';

import * as auth from '@/lib/auth-api';
import { homeOf } from '@/lib/current-user';
import { formText } from '@/lib/form-data';
import { type ActionState, toActionState } from '@/lib/problem';
import { clearSession, knownDeviceToken, storeSession } from '@/lib/session';

/** Where the sign-in form is: the password, a code from the authenticator, enrolment, or the recovery codes to keep. */
export type SignInStep = 'password' | 'totp' | 'enrol' | 'recovery-codes';

export interface SignInState extends ActionState {
  step?: SignInStep;
  challengeToken?: string;
  setup?: TotpSetup;
  recoveryCodes?: string[];
  /** Where to continue once the recovery codes are noted. */
  home?: string;
}

type Authenticated = Extract<LoginResult, { status: 'authenticated' }>;
type Challenged = Exclude<LoginResult, Authenticated>;

/** Stores the session (and this browser's device token) and answers the signed-in user's home. */
async function startSession({ tokens, deviceToken }: Authenticated): Promise<string> {
  await storeSession(tokens, deviceToken);
  const user = await auth.me(tokens.accessToken);
  return homeOf(user.role);
}

/** The second step a challenge asks for; enrolment fetches the new secret to show. */
async function secondStep(result: Challenged): Promise<SignInState> {
  const { challengeToken } = result;
  if (result.status === 'totp_required') return { step: 'totp', challengeToken };
  const setup = await auth.startTotpEnrolment(challengeToken);
  return { step: 'enrol', challengeToken, setup };
}

async function passwordStep(form: FormData): Promise<SignInState | string> {
  const result = await auth.logIn({
    email: formText(form, 'email'),
    password: formText(form, 'password'),
    deviceToken: await knownDeviceToken(),
  });
  return result.status === 'authenticated' ? startSession(result) : secondStep(result);
}

async function codeStep(form: FormData, challengeToken: string): Promise<string> {
  const recoveryCode = formText(form, 'recoveryCode').trim();
  const body = recoveryCode
    ? { challengeToken, recoveryCode }
    : { challengeToken, code: formText(form, 'code').trim() };
  const result = await auth.logInWithSecondFactor(body);
  if (result.status !== 'authenticated') throw new Error('second factor did not sign in');
  return startSession(result);
}

async function enrolStep(form: FormData, challengeToken: string): Promise<SignInState> {
  const result = await auth.activateTotpEnrolment(challengeToken, formText(form, 'code').trim());
  if (result.status !== 'authenticated') throw new Error('enrolment did not sign in');
  const home = await startSession(result);
  return { step: 'recovery-codes', recoveryCodes: result.recoveryCodes, home };
}

/** One action for every step of signing in; the form sends which step it is on. */
export async function signIn(state: SignInState, form: FormData): Promise<SignInState> {
  const step = (formText(form, 'step') || 'password') as SignInStep;
  const challengeToken = formText(form, 'challengeToken');
  const email = formText(form, 'email');
  let outcome: SignInState | string;
  try {
    if (step === 'totp') outcome = await codeStep(form, challengeToken);
    else if (step === 'enrol') outcome = await enrolStep(form, challengeToken);
    else outcome = await passwordStep(form);
  } catch (error) {
    const refused = toActionState(error, { email });
    // A wrong code keeps the step (and, for enrolment, the secret on screen); an expired challenge starts over.
    const keepStep = step !== 'password' && !/expired|sign in again/i.test(refused.formError ?? '');
    return keepStep ? { ...state, ...refused, step, challengeToken } : { ...refused, step: 'password' };
  }
  if (typeof outcome === 'string') redirect(outcome);
  return { ...outcome, values: { email } };
}

export interface RegistrationState extends ActionState {
  sent?: boolean;
}

/** Asks for the account. The answer is the same whether or not the address has one: an email says which. */
export async function createAccount(_state: RegistrationState, form: FormData): Promise<RegistrationState> {
  const values = {
    firstName: formText(form, 'firstName'),
    lastName: formText(form, 'lastName'),
    dateOfBirth: formText(form, 'dateOfBirth'),
    email: formText(form, 'email'),
  };
  try {
    await auth.register({ ...values, password: formText(form, 'password') });
  } catch (error) {
    return toActionState(error, values);
  }
  return { sent: true, values };
}

/** The emailed registration link with the password chosen: creates the account and signs in. */
export async function confirmRegistration(_state: ActionState, form: FormData): Promise<ActionState> {
  const password = formText(form, 'password');
  let home: string;
  try {
    const user = await auth.confirmRegistration(formText(form, 'token'), password);
    const result = await auth.logIn({ email: user.email, password, deviceToken: await knownDeviceToken() });
    if (result.status !== 'authenticated') redirect('/login');
    home = await startSession(result);
  } catch (error) {
    return toActionState(error);
  }
  redirect(home);
}

/** The emailed unlock link's button: lifts the pause on sign-ins from new devices. */
export async function unlockAccount(form: FormData): Promise<void> {
  let outcome = 'unlocked';
  try {
    await auth.unlockAccount(formText(form, 'token'));
  } catch {
    outcome = 'unlock-failed';
  }
  redirect(`/login?${outcome}=1`);
}

export async function signOut(): Promise<void> {
  await auth.logOut().catch(() => undefined);
  await clearSession();
  redirect('/login');
}

export interface ForgotPasswordState extends ActionState {
  sent?: boolean;
}

/** Asks for a reset email. The answer is the same whether or not the address has an account. */
export async function requestPasswordReset(
  _state: ForgotPasswordState,
  form: FormData,
): Promise<ForgotPasswordState> {
  const email = formText(form, 'email');
  try {
    await auth.requestPasswordReset(email);
  } catch (error) {
    return toActionState(error, { email });
  }
  return { sent: true, values: { email } };
}

export async function resetPassword(_state: ActionState, form: FormData): Promise<ActionState> {
  const newPassword = formText(form, 'newPassword');
  if (newPassword !== formText(form, 'confirmPassword')) {
    return { fieldErrors: { confirmPassword: 'The two passwords are not the same.' } };
  }
  try {
    await auth.resetPassword(formText(form, 'token'), newPassword);
  } catch (error) {
    return toActionState(error);
  }
  redirect('/login?reset=1');
}
