import type { TokenPair } from '@healthsync/contracts/auth';

import { apiUrl, isProduction } from './config';

export const ACCESS_COOKIE = 'hs_access';
export const REFRESH_COOKIE = 'hs_refresh';
/** Names this browser as one the user signed in from before; sign-in sends it back (see the API's lockout rule). */
export const DEVICE_COOKIE = 'hs_device';
/** The API's device tokens live 180 days. */
const DEVICE_COOKIE_LIFETIME_MS = 180 * 24 * 60 * 60 * 1000;

/** The access cookie expires this long before the token, so a request never carries a dying token. */
const ACCESS_MARGIN_MS = 30_000;

export interface SessionCookie {
  name: string;
  value: string;
  options: {
    httpOnly: true;
    sameSite: 'lax';
    secure: boolean;
    path: '/';
    expires: Date;
  };
}

function cookie(name: string, value: string, expires: Date): SessionCookie {
  return {
    name,
    value,
    options: { httpOnly: true, sameSite: 'lax', secure: isProduction(), path: '/', expires },
  };
}

export function sessionCookies(tokens: TokenPair): SessionCookie[] {
  const accessExpires = new Date(Date.parse(tokens.accessTokenExpiresAt) - ACCESS_MARGIN_MS);
  return [
    cookie(ACCESS_COOKIE, tokens.accessToken, accessExpires),
    cookie(REFRESH_COOKIE, tokens.refreshToken, new Date(tokens.refreshTokenExpiresAt)),
  ];
}

/** Kept across sign-outs: the device stays known. */
export function deviceCookie(deviceToken: string): SessionCookie {
  return cookie(DEVICE_COOKIE, deviceToken, new Date(Date.now() + DEVICE_COOKIE_LIFETIME_MS));
}

export function expiredSessionCookies(): SessionCookie[] {
  return [cookie(ACCESS_COOKIE, '', new Date(0)), cookie(REFRESH_COOKIE, '', new Date(0))];
}

/** Exchanges a refresh token (once: the API rotates it) for a new pair; null when the session is over. */
export async function exchangeRefreshToken(
  refreshToken: string,
  forwardedFor: Record<string, string>,
): Promise<TokenPair | null> {
  const response = await fetch(`${apiUrl()}/api/v1/auth/refresh`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...forwardedFor },
    body: JSON.stringify({ refreshToken }),
    cache: 'no-store',
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) return null;
  return (await response.json()) as TokenPair;
}
