import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

import { freePort } from './free-port';

export interface RunningProcess {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface NodeProcessOptions {
  cwd: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port?: number;
  /** Polled until it answers as `isReady` says. */
  readyPath: string;
  isReady?: (status: number) => boolean;
  timeoutMs?: number;
}

/** Starts a Node server of the workspace on a free loopback port (given to it as PORT) and waits until it is ready. */
export async function startNodeProcess(options: NodeProcessOptions): Promise<RunningProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...options.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const running: RunningProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    process: child,
    output: () => log,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
  try {
    await waitUntilReady(running, options);
  } catch (error) {
    await running.stop('SIGKILL');
    throw error;
  }
  return running;
}

async function waitUntilReady(running: RunningProcess, options: NodeProcessOptions): Promise<void> {
  const isReady = options.isReady ?? ((status: number) => status === 200);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { exitCode } = running.process;
    if (exitCode !== null)
      throw new Error(`exited with ${exitCode} before it was ready:\n${running.output()}`);
    try {
      if (isReady((await fetch(`${running.baseUrl}${options.readyPath}`, { redirect: 'manual' })).status))
        return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not ready within ${timeoutMs} ms:\n${running.output()}`);
}
