#!/usr/bin/env node
/**
 * Patient search at clinic-group scale: fills a fresh database with many patients, then measures the
 * latency of a typo-tolerant name search against the liveness probe of an API already running on it.
 * Starts nothing itself.
 *
 * Usage:
 *   node tools/bench/patient-search.mjs fill <databaseUrl> [--patients 100000]
 *   BENCH_TOKEN=<access token> node tools/bench/patient-search.mjs measure <baseUrl> \
 *     [--q Oberhuaser] [--requests 200] [--max-seconds 60] [--warmup 10]
 *
 *   createdb hs_bench_patients
 *   DATABASE_URL=postgres://postgres@127.0.0.1/hs_bench_patients SEED_DEMO=true RATE_LIMIT_PER_MINUTE=1000000 \
 *     PORT=5081 node dist/apps/api/main.js &          # migrates the database and seeds the demo sign-ins
 *   node tools/bench/patient-search.mjs fill postgres://postgres@127.0.0.1/hs_bench_patients
 *   BENCH_TOKEN=$(…sign in as reception@demo.healthsync.test…) \
 *     node tools/bench/patient-search.mjs measure http://127.0.0.1:5081
 *
 * `fill` needs the schema (start the API on the database once) and refuses a database that already
 * holds more than 100 patients: it is for disposable databases. Names are combinations of first and
 * last names from several languages, some double-barrelled, so a surname is shared by about 1 % of
 * the patients. `measure` alternates search and probe requests so both see the same conditions; each
 * search appends an entry to the append-only audit trail. The token must be an admin's or a
 * receptionist's (a doctor finds only their own patients). Non-2xx answers count as errors.
 */
import { parseArgs } from 'node:util';

import pg from 'pg';

const REQUEST_TIMEOUT_MS = 10_000;
const MAX_EXISTING_PATIENTS = 100;

const FIRST_NAMES = `
  Anna, Ben, Chloé, David, Elif, Farah, Gabriel, Hanna, Ibrahim, Julia, Kenji, Lena, Mateo, Nadia,
  Oliver, Priya, Quentin, Rosa, Samuel, Tamara, Umar, Valentina, William, Ximena, Yusuf, Zoe, Aisha,
  Björn, Carmen, Dmitri, Emma, Felix, Giulia, Hugo, Ines, Jakob, Katarzyna, Luca, Maja, Noah, Olga,
  Paul, Rahul, Sofia, Theo, Ursula, Viktor, Wen, Yara, Zeynep, Amelie, Bruno, Clara, Diego, Eva,
  Finn, Greta, Henrik, Isabel, Jonas, Karim, Lucía, Maximilian, Nora, Oskar, Pia, Rafael, Sara,
  Tobias, Vera`
  .trim()
  .split(/\s*,\s*/);

const LAST_NAMES = `
  Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Oberhauser,
  Obermaier, Huber, Bauer, Gruber, Novak, Kowalski, Nowak, Horvat, Kovač, Smith, Jones, Williams,
  Brown, Taylor, Davies, Evans, Wilson, Thomas, Roberts, García, Fernández, González, Rodríguez,
  López, Martínez, Sánchez, Pérez, Romero, Navarro, Rossi, Russo, Ferrari, Esposito, Bianchi, Romano,
  Colombo, Ricci, Marino, Greco, Martin, Bernard, Dubois, Moreau, Laurent, Lefebvre, Leroy, Girard,
  Bonnet, Dupont, Yılmaz, Kaya, Demir, Şahin, Çelik, Nguyen, Tran, Le, Pham, Hoang, Kim, Lee, Park,
  Choi, Tanaka, Suzuki, Takahashi, Patel, Sharma, Singh, Andersson, Johansson, Karlsson, Nilsson,
  Eriksson, Jansen, de Vries, van Dijk, Bakker, Visser, Oberhofer, Hubertus, Schmitt, Meier, Mayer,
  Schäfer, Koch, Richter, Klein, Wolf`
  .trim()
  .split(/\s*,\s*/);

function usage(message) {
  console.error(
    `${message}\nusage: node tools/bench/patient-search.mjs fill <databaseUrl> [--patients N]\n` +
      '       BENCH_TOKEN=… node tools/bench/patient-search.mjs measure <baseUrl> [--q text] [--requests N] [--max-seconds S] [--warmup N]',
  );
  process.exit(2);
}

function positiveInteger(text, name) {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) usage(`--${name} must be a positive integer, got ${text}`);
  return value;
}

/** One INSERT … SELECT over generate_series: the database builds every row; the MRN comes from its sequence. */
async function fill(databaseUrl, patients) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ exists }] = (await client.query(`SELECT to_regclass('patients') IS NOT NULL AS exists`)).rows;
    if (!exists) usage('the database has no patients table: start the API on it once so it migrates');
    const [{ count }] = (await client.query('SELECT count(*)::int AS count FROM patients')).rows;
    if (count > MAX_EXISTING_PATIENTS)
      usage(`the database already holds ${count} patients; fill only a fresh, disposable one`);

    const started = performance.now();
    await client.query(
      `INSERT INTO patients (first_name, last_name, date_of_birth, sex, phone, email, created_at)
       SELECT firsts[1 + i % cardinality(firsts)],
              -- every 11th surname is double-barrelled with a different second name
              lasts[1 + surname] || CASE WHEN i % 11 = 0
                THEN '-' || lasts[1 + (surname + 1 + i % (cardinality(lasts) - 1)) % cardinality(lasts)] ELSE '' END,
              date '1930-01-01' + ((i::bigint * 7919) % 33000)::int,
              (ARRAY['female', 'male', 'female', 'male', 'other', 'unknown'])[1 + i % 6],
              '+49 30 ' || lpad(((i::bigint * 104729) % 100000000)::text, 8, '0'),
              'bench.patient.' || i || '@example.test',
              now() - make_interval(mins => i)
       FROM (SELECT $2::text[] AS firsts, $3::text[] AS lasts) AS names,
            LATERAL (SELECT i, (i / cardinality(firsts)) % cardinality(lasts) AS surname
                     FROM generate_series(1, $1) AS i) AS rows`,
      [patients, FIRST_NAMES, LAST_NAMES],
    );
    const inserted = performance.now() - started;
    await client.query('ANALYZE patients');
    console.log(
      `filled ${patients} patients in ${(inserted / 1000).toFixed(1)} s ` +
        `(${FIRST_NAMES.length} first × ${LAST_NAMES.length} last names, every 11th double-barrelled)`,
    );
  } finally {
    await client.end();
  }
}

async function timedGet(url, token) {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    return { ok: response.ok, status: response.status, ms: performance.now() - started, text };
  } catch (error) {
    return { ok: false, status: error.name, ms: performance.now() - started, text: '' };
  }
}

const percentile = (sorted, p) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

async function measure(baseUrl, options) {
  const token = process.env.BENCH_TOKEN;
  if (!token) usage('BENCH_TOKEN is unset: an access token of an admin or receptionist');
  const searchUrl = `${baseUrl}/api/v1/patients?q=${encodeURIComponent(options.q)}&limit=20`;
  const liveUrl = `${baseUrl}/api/v1/health/live`;

  const first = await timedGet(searchUrl, token);
  if (!first.ok) usage(`the search answered ${first.status}: ${first.text.slice(0, 300)}`);
  const page = JSON.parse(first.text);
  const top = page.items[0];
  console.log(
    `q=${options.q}: ${page.total} matches; first ${top ? `${top.firstName} ${top.lastName} (${top.mrn})` : 'none'}`,
  );
  for (let run = 0; run < options.warmup; run += 1) {
    await timedGet(searchUrl, token);
    await timedGet(liveUrl);
  }

  const samples = { search: [], live: [] };
  const errors = { search: 0, live: 0 };
  const deadline = performance.now() + options.maxMs;
  let rounds = 0;
  while (rounds < options.requests && performance.now() < deadline) {
    for (const [name, url, credentials] of [
      ['search', searchUrl, token],
      ['live', liveUrl, undefined],
    ]) {
      const result = await timedGet(url, credentials);
      if (result.ok) samples[name].push(result.ms);
      else errors[name] += 1;
    }
    rounds += 1;
  }

  const search = summary(samples.search);
  const live = summary(samples.live);
  const line = (label, stats, errorCount) =>
    `${label.padEnd(28)} n=${String(stats.n).padStart(4)}  p50 ${stats.p50.toFixed(2).padStart(7)} ms  ` +
    `p95 ${stats.p95.toFixed(2).padStart(7)} ms  errors ${errorCount}`;
  console.log(line('GET /patients?q=…', search, errors.search));
  console.log(line('GET /health/live', live, errors.live));
  console.log(
    `ratio search/live: p50 ×${(search.p50 / live.p50).toFixed(1)}, p95 ×${(search.p95 / live.p95).toFixed(1)}` +
      (rounds < options.requests ? `  (stopped at ${options.maxMs / 1000} s after ${rounds} rounds)` : ''),
  );
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    patients: { type: 'string', default: '100000' },
    q: { type: 'string', default: 'Oberhuaser' },
    requests: { type: 'string', default: '200' },
    'max-seconds': { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
  },
});
const [command, target] = positionals;
if (!target || positionals.length !== 2) usage('expected a command and its target');

if (command === 'fill') {
  await fill(target, positiveInteger(values.patients, 'patients'));
} else if (command === 'measure') {
  await measure(target.replace(/\/$/, ''), {
    q: values.q,
    requests: positiveInteger(values.requests, 'requests'),
    maxMs: positiveInteger(values['max-seconds'], 'max-seconds') * 1_000,
    warmup: Number(values.warmup) || 0,
  });
} else {
  usage(`unknown command ${command}`);
}
