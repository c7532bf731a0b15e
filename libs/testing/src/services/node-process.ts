import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

import { waitUntil } from '../wait/wait-until';
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
  await waitUntil(
    async () => {
      const { exitCode } = running.process;
      if (exitCode !== null) throw new ExitedEarly(exitCode, running.output());
      const { status } = await fetch(`${running.baseUrl}${options.readyPath}`, { redirect: 'manual' });
      return isReady(status);
    },
    {
      timeoutMs,
      intervalMs: 100,
      description: `${options.readyPath} to answer ready`,
      abortOn: (error) => error instanceof ExitedEarly,
    },
  ).catch((error: Error) => {
    throw error instanceof ExitedEarly ? error : new Error(`${error.message}\n${running.output()}`);
  });
}

class ExitedEarly extends Error {
  constructor(code: number, output: string) {
    super(`exited with ${code} before it was ready:\n${output}`);
  }
}
