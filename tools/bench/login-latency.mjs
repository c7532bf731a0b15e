#!/usr/bin/env node
/**
 * Sign-in latency (dominated by argon2id at 19 MiB, 2 passes) of an API that is already running,
 * for a correct password and for an unknown email (which must cost about the same).
 * Usage: node tools/bench/login-latency.mjs <baseUrl> <email> <password> [requests=30]
 * Each sign-in opens a session; run it against a disposable database with a high LOGIN_RATE_LIMIT_PER_MINUTE.
 */
const [baseUrl, email, password, count = '30'] = process.argv.slice(2);
if (!baseUrl || !email || !password) {
  console.error('usage: node tools/bench/login-latency.mjs <baseUrl> <email> <password> [requests]');
  process.exit(2);
}

async function timedLogin(body) {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(label, body, expectedStatus) {
  await timedLogin(body);
  const samples = [];
  for (let run = 0; run < Number(count); run += 1) {
    const { ms, status } = await timedLogin(body);
    if (status !== expectedStatus) throw new Error(`${label}: expected ${expectedStatus}, got ${status}`);
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(22)} n=${samples.length}  p50 ${percentile(samples, 50).toFixed(1)} ms  p95 ${percentile(samples, 95).toFixed(1)} ms`,
  );
}

await measure('correct password', { email, password }, 200);
await measure('unknown email', { email: `nobody-${Date.now()}@example.invalid`, password }, 401);
