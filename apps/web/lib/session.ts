import { cookies } from 'next/headers';

import type { TokenPair } from '@healthsync/contracts/auth';

import { forwardedFor } from './forwarded-for';
import {
  ACCESS_COOKIE,
  DEVICE_COOKIE,
  deviceCookie,
  exchangeRefreshToken,
  expiredSessionCookies,
  REFRESH_COOKIE,
  sessionCookies,
  type SessionCookie,
} from './session-cookies';

const WRITE_CHECK_COOKIE = 'hs_write_check';

async function write(cookieList: SessionCookie[]): Promise<void> {
  const store = await cookies();
  for (const { name, value, options } of cookieList) store.set(name, value, options);
}

/** A new sign-in also stores its device token; a refresh (no device token) leaves it as it is. */
export async function storeSession(tokens: TokenPair, deviceToken?: string): Promise<void> {
  await write([...sessionCookies(tokens), ...(deviceToken ? [deviceCookie(deviceToken)] : [])]);
}

export async function knownDeviceToken(): Promise<string | undefined> {
  return (await cookies()).get(DEVICE_COOKIE)?.value || undefined;
}

export async function clearSession(): Promise<void> {
  await write(expiredSessionCookies());
}

export async function accessToken(): Promise<string | undefined> {
  return (await cookies()).get(ACCESS_COOKIE)?.value || undefined;
}

/**
 * Refreshes the session and rewrites its cookies; returns the new access token, or undefined when
 * there is no session to refresh or the cookies cannot be written here. Cookies are writable only
 * in server actions and route handlers (a page render relies on the proxy having refreshed first),
 * and the refresh token is single-use, so it is spent only when the new one can be stored.
 */
export async function refreshSession(): Promise<string | undefined> {
  const store = await cookies();
  const refreshToken = store.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) return undefined;
  try {
    store.delete(WRITE_CHECK_COOKIE);
  } catch {
    return undefined;
  }
  const tokens = await exchangeRefreshToken(refreshToken, await forwardedFor());
  if (!tokens) {
    await clearSession();
    return undefined;
  }
  await storeSession(tokens);
  return tokens.accessToken;
}
