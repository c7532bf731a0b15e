import { execFile, type ExecFileOptions } from 'node:child_process';

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program to its end without blocking the test's event loop. A blocked loop (spawnSync)
 * cannot see the API close an idle keep-alive connection, and the next fetch then fails on that
 * dead socket with "other side closed".
 */
export function runProcess(
  file: string,
  args: string[],
  options: ExecFileOptions = {},
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { maxBuffer: 64 * 1024 * 1024, ...options, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}
