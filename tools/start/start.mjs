#!/usr/bin/env node
/**
 * `npm start`: builds what is missing (Nx caches the rest) and runs the API. With no DATABASE_URL
 * it runs on the embedded PostgreSQL with demo data and prints its URLs and demo logins.
 * Settings come from the environment, or from a .env file beside package.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const envFile = existsSync('.env') ? ['--env-file=.env'] : [];
const env = {
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  LOG_LEVEL: 'warn',
  ...process.env,
};

process.stdout.write('Building HealthSync (cached after the first run)…\n');
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api', '--output-style=static'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env,
});
if (build.status !== 0) {
  process.stderr.write('Build failed: run `npx nx build api` to see why.\n');
  process.exit(build.status ?? 1);
}

const api = spawn(process.execPath, [...envFile, 'dist/apps/api/main.js'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
