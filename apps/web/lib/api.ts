import { redirect } from 'next/navigation';

import type { ProblemDetails } from '@healthsync/contracts/common';

import { apiUrl } from './config';
import { forwardedFor } from './forwarded-for';
import { ApiError } from './problem';
import { accessToken, refreshSession } from './session';

const API_TIMEOUT_MS = 15_000;

type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  /** For sign-in and registration: no token, and a 401 is an answer rather than an expired session. */
  anonymous?: boolean;
  /** A token just issued, before the cookies carrying it reach the browser. */
  token?: string;
}

function urlOf(path: string, query: Query = {}): string {
  const url = new URL(`${apiUrl()}/api/v1${path}`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

async function send(path: string, options: RequestOptions, token: string | undefined): Promise<Response> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(await forwardedFor()),
    ...options.headers,
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers['authorization'] = `Bearer ${token}`;
  try {
    return await fetch(urlOf(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      signal: AbortSignal.timeout(API_TIMEOUT_MS),
    });
  } catch {
    throw new ApiError(503, {
      code: 'SERVER.UNAVAILABLE',
      detail: 'The clinic system did not answer. Please try again in a moment.',
    });
  }
}

async function problemOf(response: Response): Promise<ApiError> {
  const problem = (await response.json().catch(() => ({}))) as Partial<ProblemDetails>;
  return new ApiError(response.status, problem);
}

/**
 * Calls the HealthSync API from the server with the caller's access token. An expired session is
 * refreshed once; when that fails the caller is sent to /login. Other refusals throw an ApiError.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let token = options.anonymous
    ? undefined
    : (options.token ?? (await accessToken()) ?? (await refreshSession()));
  if (!options.anonymous && !token) redirect('/login');

  let response = await send(path, options, token);
  if (response.status === 401 && !options.anonymous) {
    token = await refreshSession();
    if (!token) redirect('/login');
    response = await send(path, options, token);
    if (response.status === 401) redirect('/login');
  }
  if (!response.ok) throw await problemOf(response);
  // 204, and 202 without a body (e.g. the password-reset request), answer nothing.
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
