import { startNodeProcess } from './node-process';

describe('startNodeProcess', () => {
  it('fails at once, with the exit code and output, when the process exits before it is ready', async () => {
    const started = startNodeProcess({
      cwd: __dirname,
      args: ['-e', 'console.error("bad configuration"); process.exit(3)'],
      env: { PATH: process.env['PATH'] },
      readyPath: '/health',
      timeoutMs: 60_000,
    });
    await expect(started).rejects.toThrow(/exited with 3 before it was ready:\n.*bad configuration/s);
  });

  it('names what it waited for when the process never gets ready', async () => {
    const started = startNodeProcess({
      cwd: __dirname,
      args: ['-e', 'setInterval(() => undefined, 1000)'],
      env: { PATH: process.env['PATH'] },
      readyPath: '/health',
      timeoutMs: 500,
    });
    await expect(started).rejects.toThrow(/waiting for \/health to answer ready/);
  });
});
