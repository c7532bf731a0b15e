import { headers } from 'next/headers';

/**
 * The browser's address as this server saw it, passed on so the API's rate limits count each person
 * rather than the portal (the API believes it from trusted proxies only: TRUSTED_PROXIES).
 */
export async function forwardedFor(): Promise<Record<string, string>> {
  const chain = (await headers()).get('x-forwarded-for');
  return chain ? { 'x-forwarded-for': chain } : {};
}
