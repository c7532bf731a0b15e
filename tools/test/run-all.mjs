#!/usr/bin/env node
/**
 * `npm test`: every check and every test tier, in order, against the real PostgreSQL and Redis
 * (TEST_DATABASE_URL / TEST_REDIS_URL, defaulting to the local servers). Runs every step even after
 * a failure, then prints one summary and exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const nx = (...args) => ['npx', ['nx', ...args, '--output-style=stream']];
const STEPS = [
  ['formatting', ['npx', ['prettier', '--check', '--log-level=warn', '.']]],
  ['lint', nx('run-many', '-t', 'lint')],
  ['type-check', nx('run-many', '-t', 'typecheck')],
  ['unit tests', nx('run-many', '-t', 'test', '--skip-nx-cache')],
  ['integration tests', nx('run-many', '-t', 'int-test', '--skip-nx-cache')],
  ['end-to-end tests', nx('run-many', '-t', 'e2e', '--skip-nx-cache')],
];

const resultsDir = mkdtempSync(join(tmpdir(), 'healthsync-test-results-'));
const env = {
  ...process.env,
  HS_TEST_RESULTS_DIR: resultsDir,
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
};

const outcomes = STEPS.map(([name, [command, args]]) => {
  const started = Date.now();
  process.stdout.write(`\n=== ${name} ===\n`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  return { name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) };
});

const totals = readdirSync(resultsDir)
  .map((file) => JSON.parse(readFileSync(join(resultsDir, file), 'utf8')))
  .reduce(
    (sum, run) => ({
      passed: sum.passed + run.passed,
      failed: sum.failed + run.failed,
      skipped: sum.skipped + run.skipped,
    }),
    {
      passed: 0,
      failed: 0,
      skipped: 0,
    },
  );
rmSync(resultsDir, { recursive: true, force: true });

process.stdout.write('\n=== summary ===\n');
for (const { name, ok, seconds } of outcomes)
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)\n`);
const failedSteps = outcomes.filter((outcome) => !outcome.ok).length;
process.stdout.write(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedSteps > 0 || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
