#!/usr/bin/env node
/**
 * Start-up figures of the built API on the embedded default: time from process start to the first
 * 200 from /api/v1/health on an empty data directory (cold: PGlite initdb + migrations) and on the
 * same directory again (warm), and the resident memory of the idle process.
 * Usage: npx nx build api && node tools/bench/cold-start.mjs [runs=3]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const PORT = 5099;
const IDLE_SETTLE_MS = 5_000;

async function startAndTime(dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      PATH: process.env.PATH,
      PORT: String(PORT),
      EMBEDDED_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/v1/health`)).status === 200) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { child, ms: Math.round(performance.now() - started) };
}

function residentMemoryMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

async function stop(child) {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cold = [];
const warm = [];
const idle = [];
for (let run = 0; run < runs; run += 1) {
  const dataDir = mkdtempSync(join(tmpdir(), 'healthsync-bench-'));
  const first = await startAndTime(dataDir);
  cold.push(first.ms);
  await stop(first.child);
  const second = await startAndTime(dataDir);
  warm.push(second.ms);
  await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
  idle.push(residentMemoryMb(second.child.pid));
  await stop(second.child);
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`runs: ${runs}`);
console.log(
  `cold start to 200 /api/v1/health (empty data dir): median ${median(cold)} ms  [${cold.join(', ')}]`,
);
console.log(
  `warm start to 200 /api/v1/health (existing data):  median ${median(warm)} ms  [${warm.join(', ')}]`,
);
console.log(
  `idle API process RSS (embedded PGlite in process):  median ${median(idle)} MB  [${idle.join(', ')}]`,
);
