import type { CurrentUser, LoginResult, RecoveryCodes, TotpSetup } from '@healthsync/contracts/auth';

import { api } from './api';

/** Signing in, registering and passwords: everything here but sign-out is asked anonymously. */
const anonymousPost = <T>(path: string, body: unknown) =>
  api<T>(path, { method: 'POST', body, anonymous: true });

/** Who holds this session; `token` for one just issued, before its cookies reach the browser. */
export function me(token?: string): Promise<CurrentUser> {
  return api<CurrentUser>('/auth/me', token ? { token } : {});
}

export function logIn(body: { email: string; password: string; deviceToken?: string }): Promise<LoginResult> {
  return anonymousPost<LoginResult>('/auth/login', body);
}

export function logInWithSecondFactor(
  body: { challengeToken: string } & ({ code: string } | { recoveryCode: string }),
): Promise<LoginResult> {
  return anonymousPost<LoginResult>('/auth/login/second-factor', body);
}

export function startTotpEnrolment(challengeToken: string): Promise<TotpSetup> {
  return anonymousPost<TotpSetup>('/auth/login/totp-enrolment', { challengeToken });
}

export function activateTotpEnrolment(
  challengeToken: string,
  code: string,
): Promise<LoginResult & RecoveryCodes> {
  return anonymousPost<LoginResult & RecoveryCodes>('/auth/login/totp-enrolment/activate', {
    challengeToken,
    code,
  });
}

export function register(body: {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  email: string;
  password: string;
}): Promise<void> {
  return anonymousPost<void>('/auth/register', body);
}

export function confirmRegistration(token: string, password: string): Promise<CurrentUser> {
  return anonymousPost<CurrentUser>('/auth/register/confirm', { token, password });
}

export function unlockAccount(token: string): Promise<void> {
  return anonymousPost<void>('/auth/unlock', { token });
}

export function logOut(): Promise<void> {
  return api<void>('/auth/logout', { method: 'POST' });
}

export function requestPasswordReset(email: string): Promise<void> {
  return anonymousPost<void>('/auth/password/forgot', { email });
}

export function resetPassword(token: string, newPassword: string): Promise<void> {
  return anonymousPost<void>('/auth/password/reset', { token, newPassword });
}
