import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

import { startNodeProcess, type RunningProcess } from '@healthsync/testing/services/node-process';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

/** The environment of a process under test: nothing inherited that could point it at other services. */
export function isolatedEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], HOME: process.env['HOME'], NEXT_TELEMETRY_DISABLED: '1', ...overrides };
}

/**
 * The clinic's zone for this run: a whole-hour zone where the suite starts at 10:00, so "a free slot
 * later today" exists whatever the hour CI runs. Global setup gives it to the API and the portal.
 */
export function zoneWhereItIsMorning(now = new Date()): string {
  let offset = 10 - now.getUTCHours();
  if (offset < -12) offset += 24;
  // Etc/GMT names carry the offset's sign inverted.
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** The zone global setup chose (CLINIC_TIME_ZONE), for specs that compute clinic-local dates and times. */
export function clinicZone(): string {
  const zone = process.env['CLINIC_TIME_ZONE'];
  if (!zone) throw new Error('CLINIC_TIME_ZONE is unset: run through apps/web-e2e/jest.config.cjs');
  return zone;
}

/**
 * The built portal through its own server (apps/web/server/main.cjs, as `npm start` and the image
 * run it), in production mode, on `port` (or a free one).
 */
export function startPortal(env: Record<string, string>, port?: number): Promise<RunningProcess> {
  return startNodeProcess({
    cwd: WORKSPACE_ROOT,
    args: ['apps/web/server/main.cjs'],
    port,
    env: isolatedEnvironment({ NODE_ENV: 'production', ...env }),
    readyPath: '/login',
    isReady: (status) => status < 500,
    timeoutMs: 90_000,
  });
}

/**
 * The built API with demo data on its own database, with fresh secrets and high general limits, for
 * a portal at `portalOrigin` (CORS); `env` adds or overrides settings.
 */
export function startDemoApi(
  databaseUrl: string,
  portalOrigin: string,
  env: Record<string, string> = {},
): Promise<RunningProcess> {
  return startNodeProcess({
    cwd: WORKSPACE_ROOT,
    args: ['dist/apps/api/main.js'],
    readyPath: '/api/v1/health',
    env: isolatedEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      RATE_LIMIT_PER_MINUTE: '100000',
      CORS_ORIGINS: portalOrigin,
      ...env,
    }),
  });
}
