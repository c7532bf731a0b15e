#!/usr/bin/env node
/**
 * Scheduling under load, against a running API, each figure beside a bare GET /api/v1/health/live
 * measured in the same run (so the numbers are ratios, not absolutes of this machine):
 *   - free slots of one doctor for a week, cached (same query again) and uncached (a new range each request);
 *   - booking distinct slots (receptionist for seeded patients, every request a different slot).
 *
 * Usage:
 *   node tools/bench/scheduling.mjs seed <databaseUrl> [patients=2000]   fills the database: 20 doctors with
 *       weekday availability, the patients, and a year of past appointments (run on an empty, migrated database
 *       of a running API that was started with SEED_DEMO=true so the demo accounts exist)
 *   BENCH_TOKEN=<receptionist token> node tools/bench/scheduling.mjs run <baseUrl> <databaseUrl> [seconds=10]
 * Bounded: each autocannon run stops after `seconds`; traffic goes only to the given (loopback) URL.
 */
import autocannon from 'autocannon';
import pg from 'pg';

const [command, ...args] = process.argv.slice(2);

async function withClient(databaseUrl, work) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function seed(databaseUrl, patients = 2000) {
  await withClient(databaseUrl, async (db) => {
    await db.query(`
      WITH accounts AS (
        INSERT INTO users (email, role, first_name, last_name)
        SELECT 'bench-doctor-' || n || '@example.test', 'doctor', 'Bench', 'Doctor ' || n FROM generate_series(1, 20) n
        RETURNING id, last_name)
      INSERT INTO doctors (user_id, specialty, licence_number, consultation_fee_minor)
      SELECT id, (ARRAY['General practice','Cardiology','Dermatology','Paediatrics'])[1 + (row_number() OVER ()) % 4],
             'BENCH-' || id, 6000 FROM accounts`);
    await db.query(`
      INSERT INTO availability_rules (doctor_id, weekday, start_time, end_time, slot_minutes)
      SELECT d.id, w, t.s, t.e, 15 FROM doctors d, generate_series(1, 5) w,
        (VALUES (time '08:00', time '12:00'), (time '13:00', time '18:00')) AS t(s, e)
      WHERE d.licence_number LIKE 'BENCH-%'`);
    await db.query(
      `INSERT INTO patients (first_name, last_name, date_of_birth)
       SELECT 'Bench', 'Patient ' || n, date '1950-01-01' + (n % 20000) FROM generate_series(1, $1) n`,
      [patients],
    );
    // A year of past appointments: each doctor, each weekday, the first eight morning slots.
    await db.query(
      `
      INSERT INTO appointments (doctor_id, patient_id, type, status, starts_at, ends_at, busy_until, fee_minor, currency)
      SELECT d.id, p.id, 'consultation', 'completed', s, s + interval '15 minutes', s + interval '15 minutes', 6000, 'EUR'
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS k FROM doctors WHERE licence_number LIKE 'BENCH-%') d
      CROSS JOIN LATERAL generate_series(date_trunc('day', now()) - interval '365 days' + interval '8 hours',
                                         date_trunc('day', now()) - interval '1 day', interval '1 day') AS day
      CROSS JOIN LATERAL generate_series(day, day + interval '105 minutes', interval '15 minutes') AS s
      CROSS JOIN LATERAL (SELECT id FROM patients ORDER BY id OFFSET ((d.k * 7919 + extract(epoch FROM s)::bigint / 900) % $1) LIMIT 1) p
      WHERE extract(isodow FROM day) < 6`,
      [patients],
    );
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM appointments`)).rows;
    console.log(`seeded 20 doctors, ${patients} patients, ${count} appointments`);
  });
}

function load(title, options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: 10, duration: 10, ...options }, (error, result) =>
      error ? reject(error) : resolve({ title, result }),
    );
  });
}

/** `connections` workers calling `work` back to back for `seconds`; latencies of the 2xx answers only. */
async function pool(title, work, connections, seconds) {
  const deadline = Date.now() + seconds * 1000;
  const latencies = [];
  let non2xx = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const started = performance.now();
        const status = await work();
        if (status >= 200 && status < 300) latencies.push(performance.now() - started);
        else non2xx += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    title,
    result: {
      requests: { total: latencies.length + non2xx, average: (latencies.length + non2xx) / seconds },
      latency: { p50: at(0.5), p97_5: at(0.975) },
      non2xx,
      errors: 0,
    },
  };
}

function row({ title, result }) {
  const ok = result.requests.total - result.non2xx - result.errors;
  return `${title.padEnd(34)} ${String(Math.round(result.requests.average)).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p97.5 ${String(result.latency.p97_5).padStart(4)} ms   ok ${ok}  non-2xx ${result.non2xx}  errors ${result.errors}`;
}

async function run(baseUrl, databaseUrl, seconds = 10) {
  const token = process.env.BENCH_TOKEN;
  if (!token) throw new Error('set BENCH_TOKEN to a receptionist access token');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const { doctors, patients } = await withClient(databaseUrl, async (db) => ({
    doctors: (
      await db.query(`SELECT id FROM doctors WHERE licence_number LIKE 'BENCH-%' ORDER BY id`)
    ).rows.map((r) => r.id),
    patients: (await db.query(`SELECT id FROM patients WHERE first_name = 'Bench' ORDER BY id`)).rows.map(
      (r) => r.id,
    ),
  }));
  const monday = new Date();
  monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7 || 7) + 7);
  monday.setUTCHours(0, 0, 0, 0);
  const week = (offsetDays) => {
    const from = new Date(monday.getTime() + offsetDays * 86_400_000);
    return `from=${from.toISOString()}&to=${new Date(from.getTime() + 7 * 86_400_000).toISOString()}`;
  };
  const duration = Number(seconds);
  const results = [];
  results.push(await load('GET /health/live (baseline)', { url: `${baseUrl}/api/v1/health/live`, duration }));
  results.push(
    await load('slots, one week, cached', {
      url: `${baseUrl}/api/v1/doctors/${doctors[0]}/slots?${week(0)}`,
      headers,
      duration,
    }),
  );
  let range = 0;
  results.push(
    await load('slots, one week, uncached', {
      url: baseUrl,
      duration,
      // A new range every request (shifted a minute each time), so nothing is served from the cache.
      requests: [
        {
          method: 'GET',
          headers,
          setupRequest: (request) => ({
            ...request,
            path: `/api/v1/doctors/${doctors[1]}/slots?${week((range += 1) / 1440)}`,
          }),
        },
      ],
    }),
  );
  // Distinct 30-minute consultations: doctor × weekday × half hour, in order, so no two requests want the same time.
  let next = 0;
  const slotOf = (index) => {
    const doctor = doctors[2 + (index % 18)];
    const step = Math.floor(index / 18);
    const day = Math.floor(step / 18);
    const minutes = 8 * 60 + (step % 18) * 30 + (step % 18 >= 8 ? 60 : 0);
    const date = new Date(
      monday.getTime() + ((day % 5) + 7 * Math.floor(day / 5)) * 86_400_000 + minutes * 60_000,
    );
    return { doctorId: doctor, startsAt: date.toISOString() };
  };
  const book = async () => {
    const index = next++;
    const body = { ...slotOf(index), type: 'consultation', patientId: patients[index % patients.length] };
    const response = await fetch(`${baseUrl}/api/v1/appointments`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  };
  results.push(await pool('book distinct slots', book, 10, duration));
  console.log(results.map(row).join('\n'));
}

if (command === 'seed') await seed(args[0], Number(args[1] ?? 2000));
else if (command === 'run') await run(args[0], args[1], args[2]);
else {
  console.error(
    'usage: node tools/bench/scheduling.mjs seed <databaseUrl> [patients] | run <baseUrl> <databaseUrl> [seconds]',
  );
  process.exit(2);
}
