import path from 'node:path';

import type { NextConfig } from 'next';

const workspaceRoot = path.join(__dirname, '../..');

// Server actions are same-origin only: Next compares each action POST's Origin with its Host and
// refuses a mismatch. That is the portal's CSRF protection, so
// `experimental.serverActions.allowedOrigins` stays unset.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: path.relative(__dirname, path.join(workspaceRoot, 'dist/apps/web/.next')),
  outputFileTracingRoot: workspaceRoot,
  turbopack: { root: workspaceRoot },
};

export default nextConfig;
