import { runApiToExit } from '../support/api-process';

describe('start-up configuration checks', () => {
  it.each([
    ['PORT', { PORT: 'abc' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://somewhere/db' }],
    ['REDIS_URL', { REDIS_URL: 'nope' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
  ])('refuses a bad %s with one line naming it and a non-zero exit', async (variable, env) => {
    const { code, stdout, stderr } = await runApiToExit(env);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid environment variable ${variable}: `));
  });
});
