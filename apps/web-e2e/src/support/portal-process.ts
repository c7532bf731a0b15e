import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

import { freePort } from '@healthsync/testing/services/free-port';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export interface RunningProcess {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

async function waitFor(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms:\n${output()}`);
}

/** Starts a Node process of the workspace and waits until `readyPath` answers. */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  readyPath: string,
  port?: number,
): Promise<RunningProcess> {
  const listenPort = port ?? (await freePort());
  const child = spawn(process.execPath, args, {
    cwd: WORKSPACE_ROOT,
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
      PORT: String(listenPort),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${listenPort}`;
  const output = () => log;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  try {
    await waitFor(`${url}${readyPath}`, child, output, 90_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { url, process: child, output, stop };
}
