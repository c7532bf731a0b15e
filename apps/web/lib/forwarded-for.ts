import { headers } from 'next/headers';

/**
 * The visitor's address for the API, so its rate limits and audit trail count each person rather
 * than the portal (the API believes it from trusted proxies only: TRUSTED_PROXIES). The portal's
 * server (server/main.cjs) has already replaced the header with the one address it believes.
 */
export async function forwardedFor(): Promise<Record<string, string>> {
  return forwardedForOf((await headers()).get('x-forwarded-for'));
}

/** The same from a request's own headers, for the proxy (which has no `headers()`). */
export function forwardedForOf(address: string | null): Record<string, string> {
  return address ? { 'x-forwarded-for': address } : {};
}
