/** Server-side settings, read from the environment at request time. */
export function apiUrl(): string {
  return (process.env['API_URL'] ?? 'http://127.0.0.1:5000').replace(/\/+$/, '');
}

/** Where browsers reach the API (live updates over Socket.io); the server's API_URL unless set. */
export function publicApiUrl(): string {
  return (process.env['PUBLIC_API_URL'] || apiUrl()).replace(/\/+$/, '');
}

/** The clinic's IANA zone, for pages without an API answer that names it; the API's default. */
export function clinicTimeZone(): string {
  return process.env['CLINIC_TIME_ZONE'] ?? 'Europe/Berlin';
}

export const isProduction = (): boolean => process.env.NODE_ENV === 'production';
