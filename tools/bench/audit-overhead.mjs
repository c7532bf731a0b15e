#!/usr/bin/env node
/**
 * What the audit trail costs a request: latency of an audited path against a comparable unaudited
 * one on an API that is already running. Starts nothing itself.
 *
 * Usage:
 *   node tools/bench/audit-overhead.mjs <baseUrl> <adminToken|-> <auditedPath> <plainPath> \
 *     [--requests 200] [--concurrency 10] [--concurrent-requests 1000] [--max-seconds 30] [--warmup 10]
 *
 *   node tools/bench/audit-overhead.mjs http://127.0.0.1:3000 - \
 *     /api/v1/admin/audit-logs/verify /api/v1/health/live
 *
 * A token of `-` is read from AUDIT_BENCH_TOKEN instead, which keeps it out of shell history and `ps`.
 * Every call of the audited path appends an entry to the append-only audit log that can never be
 * removed: run it against a disposable database, not production. Prefer two paths that do similar
 * work apart from the audit (the verify endpoint walks the whole chain, so its cost grows with the log).
 *
 * Each path gets `--requests` sequential requests, then a concurrent run of `--concurrent-requests`
 * over `--concurrency` connections; every run stops at `--max-seconds`. Non-2xx answers and network
 * errors count as errors and are left out of the latencies.
 */
import { parseArgs } from 'node:util';

const REQUEST_TIMEOUT_MS = 10_000;

function usage(message) {
  console.error(
    `${message}\nusage: node tools/bench/audit-overhead.mjs <baseUrl> <token|-> <audited> <plain> [options]`,
  );
  process.exit(2);
}

function positiveInteger(text, name) {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) usage(`--${name} must be a positive integer, got ${text}`);
  return value;
}

function readOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      requests: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '10' },
      'concurrent-requests': { type: 'string', default: '1000' },
      'max-seconds': { type: 'string', default: '30' },
      warmup: { type: 'string', default: '10' },
    },
  });
  if (positionals.length !== 4) usage('expected 4 arguments');
  const [baseUrl, tokenArg, auditedPath, plainPath] = positionals;
  const token = tokenArg === '-' ? process.env.AUDIT_BENCH_TOKEN : tokenArg;
  if (!token) usage('no token: pass one, or `-` with AUDIT_BENCH_TOKEN set');
  return {
    baseUrl: baseUrl.replace(/\/$/, ''),
    token,
    paths: { audited: auditedPath, plain: plainPath },
    requests: positiveInteger(values.requests, 'requests'),
    concurrency: positiveInteger(values.concurrency, 'concurrency'),
    concurrentRequests: positiveInteger(values['concurrent-requests'], 'concurrent-requests'),
    maxMs: positiveInteger(values['max-seconds'], 'max-seconds') * 1_000,
    warmup: Number(values.warmup) || 0,
  };
}

/** One timed GET; the body is read so that the time covers the whole answer. */
async function timedRequest(url, token) {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return { ok: response.ok, status: response.status, ms: performance.now() - started };
  } catch (error) {
    return { ok: false, status: error.name, ms: performance.now() - started };
  }
}

/** Up to `count` requests over `workers` connections, stopping early at `maxMs`. */
async function run(url, token, { count, workers, maxMs }) {
  const deadline = performance.now() + maxMs;
  const results = [];
  let issued = 0;
  const started = performance.now();
  async function worker() {
    while (issued < count && performance.now() < deadline) {
      issued += 1;
      results.push(await timedRequest(url, token));
    }
  }
  await Promise.all(Array.from({ length: Math.min(workers, count) }, worker));
  return { results, seconds: (performance.now() - started) / 1_000 };
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

function summarise(label, mode, workers, { results, seconds }) {
  const latencies = results
    .filter((result) => result.ok)
    .map((result) => result.ms)
    .sort((a, b) => a - b);
  const failures = results.filter((result) => !result.ok);
  return {
    label,
    mode,
    workers,
    requests: results.length,
    errors: failures.length,
    firstError: failures[0]?.status,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    rps: results.length / seconds,
  };
}

const ms = (value) => (Number.isNaN(value) ? '-' : value.toFixed(1));

function printTable(rows) {
  const header = ['path', 'mode', 'requests', 'errors', 'p50 ms', 'p95 ms', 'req/s'];
  const lines = rows.map((row) => [
    row.label,
    row.mode === 'concurrent' ? `concurrent x${row.workers}` : row.mode,
    String(row.requests),
    row.errors ? `${row.errors} (${row.firstError})` : '0',
    ms(row.p50),
    ms(row.p95),
    row.rps.toFixed(0),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const format = (cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  lines.forEach((line) => console.log(format(line)));
}

function printOverhead(rows) {
  for (const mode of ['sequential', 'concurrent']) {
    const audited = rows.find((row) => row.label === 'audited' && row.mode === mode);
    const plain = rows.find((row) => row.label === 'plain' && row.mode === mode);
    console.log(
      `${mode} overhead: p50 ${ms(audited.p50 - plain.p50)} ms, p95 ${ms(audited.p95 - plain.p95)} ms`,
    );
  }
}

async function main() {
  const options = readOptions();
  const rows = [];
  console.log(`audited: ${options.paths.audited}\nplain:   ${options.paths.plain}\n`);
  for (const [label, path] of Object.entries(options.paths)) {
    const url = `${options.baseUrl}${path}`;
    await run(url, options.token, { count: options.warmup, workers: 1, maxMs: options.maxMs });
    const sequential = await run(url, options.token, {
      count: options.requests,
      workers: 1,
      maxMs: options.maxMs,
    });
    rows.push(summarise(label, 'sequential', 1, sequential));
    const concurrent = await run(url, options.token, {
      count: options.concurrentRequests,
      workers: options.concurrency,
      maxMs: options.maxMs,
    });
    rows.push(summarise(label, 'concurrent', options.concurrency, concurrent));
  }
  printTable(rows);
  console.log('');
  printOverhead(
    rows.map((row) => ({ ...row, mode: row.mode.startsWith('concurrent') ? 'concurrent' : row.mode })),
  );
  if (rows.some((row) => row.errors > 0)) process.exitCode = 1;
}

await main();
