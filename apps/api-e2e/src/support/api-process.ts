import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

import { startNodeProcess, type RunningProcess } from '@healthsync/testing/services/node-process';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const API_MAIN = resolve(WORKSPACE_ROOT, 'dist/apps/api/main.js');

export type RunningApi = RunningProcess;

/** Environment for the built API in a test: nothing inherited that could point it at other services. */
export function apiEnvironment(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    ...overrides,
  };
}

/** Starts `dist/apps/api/main.js` on a free port and waits until its readiness check answers 200. */
export function startApi(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<RunningApi> {
  return startNodeProcess({
    cwd: WORKSPACE_ROOT,
    args: [API_MAIN],
    env: apiEnvironment(env),
    port: env['PORT'] ? Number(env['PORT']) : undefined,
    readyPath: '/api/v1/health',
    timeoutMs,
  });
}

/** Runs the built API to completion (for start-up failures) and returns its exit code and output. */
export async function runApiToExit(
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: WORKSPACE_ROOT,
    env: apiEnvironment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}
