/**
 * The portal's per-request browser hardening, sent by proxy.ts: the Content-Security-Policy (a new
 * script nonce each time) and, in production, HSTS. The headers that never change are in
 * next.config.ts (which cannot import the app's modules), on every response.
 */

/** Two years, subdomains included: only ever sent in production (HTTPS in front of the portal). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** A fresh, unguessable script nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOptions {
  nonce: string;
  /** Where browsers open Socket.io (PUBLIC_API_URL): allowed for fetch/XHR and WebSocket. */
  publicApiUrl: string;
  /** React's development build evaluates code: allowed outside production only. */
  development: boolean;
}

/**
 * Scripts only with this response's nonce (Next puts it on its own scripts when it finds it in the
 * request's CSP header; 'strict-dynamic' lets them load their chunks). Styles allow inline: React
 * `style` attributes, FullCalendar's and Tailwind's inline styles cannot carry a nonce.
 */
export function contentSecurityPolicy({ nonce, publicApiUrl, development }: CspOptions): string {
  const api = new URL(publicApiUrl);
  const socket = `${api.protocol === 'https:' ? 'wss:' : 'ws:'}//${api.host}`;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    // FullCalendar's icon font is a data: URL in its stylesheet.
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", api.origin, socket],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
