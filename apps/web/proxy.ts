import { type NextRequest, NextResponse } from 'next/server';

import { forwardedForOf } from './lib/forwarded-for';
import {
  ACCESS_COOKIE,
  exchangeRefreshToken,
  expiredSessionCookies,
  REFRESH_COOKIE,
  sessionCookies,
  type SessionCookie,
} from './lib/session-cookies';

function toLogin(request: NextRequest, clear: SessionCookie[] = []): NextResponse {
  const response = NextResponse.redirect(new URL('/login', request.url));
  for (const { name, value, options } of clear) response.cookies.set(name, value, options);
  return response;
}

/**
 * Sends anonymous visitors of /portal and /staff to /login and refreshes an expired access token
 * before the page renders (a render cannot write cookies), handing the new token to this request too.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (request.cookies.get(ACCESS_COOKIE)?.value) return NextResponse.next();

  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) return toLogin(request);

  const tokens = await exchangeRefreshToken(
    refreshToken,
    forwardedForOf(request.headers.get('x-forwarded-for')),
  ).catch(() => null);
  if (!tokens) return toLogin(request, expiredSessionCookies());

  const cookies = sessionCookies(tokens);
  for (const { name, value } of cookies) request.cookies.set(name, value);
  const headers = new Headers(request.headers);
  headers.set('cookie', request.cookies.toString());
  const response = NextResponse.next({ request: { headers } });
  for (const { name, value, options } of cookies) response.cookies.set(name, value, options);
  return response;
}

export const config = { matcher: ['/portal/:path*', '/staff/:path*', '/notifications/:path*'] };
