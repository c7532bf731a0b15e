#!/usr/bin/env node
/**
 * `npm start`: builds what is missing (Nx caches the rest) and runs the API and the portal. With no
 * DATABASE_URL the API runs on the embedded PostgreSQL with demo data and prints its URLs and demo
 * logins. Settings come from the environment, or from a .env file beside package.json.
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
const apiPort = env.PORT ?? '5000';
const webPort = env.WEB_PORT ?? '3000';

process.stdout.write('Building HealthSync (cached after the first run)…\n');
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  },
);
if (build.status !== 0) {
  process.stderr.write('Build failed: run `npx nx run-many -t build --projects=api,web` to see why.\n');
  process.exit(build.status ?? 1);
}

const children = [
  spawn(process.execPath, [...envFile, 'dist/apps/api/main.js'], { stdio: 'inherit', env }),
  spawn(process.execPath, ['apps/web/server/main.cjs', '-p', webPort], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, NODE_ENV: 'production', API_URL: env.API_URL ?? `http://127.0.0.1:${apiPort}` },
  }),
];

Promise.all([
  waitFor(`http://127.0.0.1:${apiPort}/api/v1/health/live`),
  waitFor(`http://127.0.0.1:${webPort}/login`),
]).then(() =>
  process.stdout.write(`Portal           http://localhost:${webPort}  (sign in with a demo login)\n\n`),
);

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => children.forEach((child) => child.kill(signal)));
for (const child of children) {
  child.on('exit', (code, signal) => {
    children.forEach((other) => other !== child && other.kill('SIGTERM'));
    process.exit(code ?? (signal ? 0 : 1));
  });
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
