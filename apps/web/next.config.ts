import path from 'node:path';
import type { NextConfig } from 'next';

const workspaceRoot = path.join(__dirname, '../..');

/* Browser hardening sent with every response, static assets included (CSP and HSTS: proxy.ts). */
const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Older browsers' spelling of frame-ancestors 'none'.
  { key: 'X-Frame-Options', value: 'DENY' },
  // Reset and invitation links carry tokens in their address: other sites get the origin at most.
  // (Not no-referrer: browsers may then send `Origin: null`, which Next's same-origin check of
  // server actions refuses.)
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

// Server actions are same-origin only: Next compares each action POST's Origin with its Host and
// refuses a mismatch. That is the portal's CSRF protection, so
// `experimental.serverActions.allowedOrigins` stays unset.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: path.relative(__dirname, path.join(workspaceRoot, 'dist/apps/web/.next')),
  outputFileTracingRoot: workspaceRoot,
  turbopack: { root: workspaceRoot },
  // The per-request Content-Security-Policy (and HSTS) come from proxy.ts.
  headers: async () => [{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] }],
};

export default nextConfig;
