import { NextResponse, type NextRequest } from 'next/server';

import { publicApiUrl } from '@/lib/config';
import type { LiveConnection } from '@/lib/live-connection';
import { liveTicket } from '@/lib/notifications-api';
import { ApiError } from '@/lib/problem';
import { accessToken } from '@/lib/session';
import { REFRESH_COOKIE } from '@/lib/session-cookies';

const NO_STORE = { 'Cache-Control': 'no-store' };

const refuse = (status: number) =>
  NextResponse.json({ error: 'no live ticket' }, { status, headers: NO_STORE });

/**
 * Trades the cookie session for a one-minute live ticket, so the browser can open the Socket.io
 * connection without ever seeing the httpOnly access token. Same-origin only.
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return refuse(403);
  if (!(await accessToken()) && !request.cookies.get(REFRESH_COOKIE)?.value) return refuse(401);
  try {
    const { ticket, expiresAt } = await liveTicket();
    const connection: LiveConnection = { ticket, expiresAt, url: publicApiUrl() };
    return NextResponse.json(connection, { headers: NO_STORE });
  } catch (error) {
    // api() ends an expired session with a redirect to /login; to a script that is a refusal.
    return refuse(error instanceof ApiError && error.status >= 500 ? 503 : 401);
  }
}
