import { type NextRequest, NextResponse } from 'next/server';

import { isProduction, publicApiUrl } from '@/lib/config';
import { forwardedForOf } from '@/lib/forwarded-for';
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from '@/lib/security-headers';
import {
  ACCESS_COOKIE,
  exchangeRefreshToken,
  expiredSessionCookies,
  REFRESH_COOKIE,
  sessionCookies,
  type SessionCookie,
} from '@/lib/session-cookies';

/** Pages only signed-in users see. */
const SIGNED_IN_AREAS = ['/portal', '/staff', '/notifications'];

const inSignedInArea = (pathname: string) =>
  SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));

function toLogin(request: NextRequest, clear: SessionCookie[] = []): NextResponse {
  const response = NextResponse.redirect(new URL('/login', request.url));
  for (const { name, value, options } of clear) response.cookies.set(name, value, options);
  return response;
}

/**
 * Sends anonymous visitors of a signed-in area to /login and refreshes an expired access token
 * before the page renders (a render cannot write cookies), handing the new token to this request too.
 */
async function withSession(request: NextRequest, headers: Headers): Promise<NextResponse> {
  if (request.cookies.get(ACCESS_COOKIE)?.value) return NextResponse.next({ request: { headers } });

  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) return toLogin(request);

  const tokens = await exchangeRefreshToken(
    refreshToken,
    forwardedForOf(request.headers.get('x-forwarded-for')),
  ).catch(() => null);
  if (!tokens) return toLogin(request, expiredSessionCookies());

  const cookies = sessionCookies(tokens);
  for (const { name, value } of cookies) request.cookies.set(name, value);
  headers.set('cookie', request.cookies.toString());
  const response = NextResponse.next({ request: { headers } });
  for (const { name, value, options } of cookies) response.cookies.set(name, value, options);
  return response;
}

/**
 * Every page gets a Content-Security-Policy with a nonce of its own: set on the request, where Next
 * reads it to put the nonce on its scripts, and on the response. Signed-in areas also need a session.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    publicApiUrl: publicApiUrl(),
    development: !isProduction(),
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = inSignedInArea(request.nextUrl.pathname)
    ? await withSession(request, headers)
    : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  if (isProduction()) response.headers.set('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  return response;
}

// Every page and route; not Next's static files, which carry no script to protect.
export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
