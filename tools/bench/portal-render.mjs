#!/usr/bin/env node
/**
 * Server-render time of the portal's main pages with the demo data: time from request to the last
 * byte of the HTML, per page, signed in as the role that uses the page. Run it against `npm start`
 * (portal and API already up, demo data seeded), with the API's budget raised, as every request
 * comes from one address: RATE_LIMIT_PER_MINUTE=100000 npm start
 * Usage: node tools/bench/portal-render.mjs [portalUrl=http://127.0.0.1:3000] [apiUrl=http://127.0.0.1:5000] [requests=20]
 * Every page must answer 200 without redirecting; anything else stops the run. When the demo patient
 * has no appointment, it books them the first free slot, so the appointment pages are measured too.
 */
const [portalUrl = 'http://127.0.0.1:3000', apiUrl = 'http://127.0.0.1:5000', count = '20'] =
  process.argv.slice(2);
const PASSWORD = 'Demo-password-2026';

async function apiCall(path, token) {
  const response = await fetch(`${apiUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
}

async function firstAppointmentOf(patient, doctorId) {
  const [existing] = (await apiCall('/appointments?limit=1', patient.token)).items;
  if (existing) return existing;
  const from = new Date(Date.now() + 2 * 86_400_000);
  const to = new Date(from.getTime() + 14 * 86_400_000);
  const { slots } = await apiCall(
    `/doctors/${doctorId}/slots?from=${from.toISOString()}&to=${to.toISOString()}`,
    patient.token,
  );
  const response = await fetch(`${apiUrl}/api/v1/appointments`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${patient.token}`,
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
    },
    body: JSON.stringify({ doctorId, startsAt: slots[0].startsAt, type: 'consultation' }),
  });
  if (!response.ok) throw new Error(`booking for the bench: ${response.status}`);
  return response.json();
}

async function sessionCookie(email) {
  const response = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { tokens } = await response.json();
  return {
    token: tokens.accessToken,
    cookie: `hs_access=${tokens.accessToken}; hs_refresh=${tokens.refreshToken}`,
  };
}

/** The next Monday–Friday after today, as YYYY-MM-DD. */
function nextWeekday() {
  const day = new Date();
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}

async function pagesToMeasure() {
  const [patient, receptionist, doctor, admin] = await Promise.all(
    ['patient', 'reception', 'doctor', 'admin'].map((who) => sessionCookie(`${who}@demo.healthsync.test`)),
  );
  const me = await apiCall('/patients/me', patient.token);
  const [firstDoctor] = (await apiCall('/doctors?limit=1', admin.token)).items;
  const appointment = await firstAppointmentOf(patient, firstDoctor.id);
  const bookingDay = `?specialty=${encodeURIComponent(firstDoctor.specialty)}&doctor=${firstDoctor.id}&day=${nextWeekday()}`;
  const pages = [
    { path: '/login' },
    { path: '/register' },
    { path: '/forgot-password' },
    { path: '/portal', session: patient },
    { path: '/portal/book', session: patient },
    { path: `/portal/book${bookingDay}`, label: '/portal/book (day with slots)', session: patient },
    { path: '/portal/profile', session: patient },
    { path: '/notifications', session: patient },
    { path: '/notifications/settings', session: patient },
    { path: '/staff', label: '/staff (receptionist)', session: receptionist },
    { path: '/staff', label: '/staff (doctor)', session: doctor },
    { path: '/staff/calendar', session: receptionist },
    {
      path: `/staff/calendar?doctor=${firstDoctor.id}`,
      label: '/staff/calendar (one doctor)',
      session: receptionist,
    },
    { path: '/staff/patients', session: receptionist },
    {
      path: `/staff/patients?q=${encodeURIComponent(me.lastName.slice(0, 4))}`,
      label: '/staff/patients?q=…',
      session: receptionist,
    },
    { path: `/staff/patients/${me.id}`, label: '/staff/patients/[id]', session: doctor },
    { path: '/staff/doctors', session: admin },
    { path: `/staff/doctors/${firstDoctor.id}`, label: '/staff/doctors/[id]', session: admin },
    { path: '/staff/admin/users', session: admin },
    { path: '/staff/admin/audit', session: admin },
  ];
  if (appointment) {
    pages.push(
      {
        path: `/portal/appointments/${appointment.id}`,
        label: '/portal/appointments/[id]',
        session: patient,
      },
      {
        path: `/staff/appointments/${appointment.id}`,
        label: '/staff/appointments/[id]',
        session: receptionist,
      },
    );
  }
  return pages;
}

async function timedRender({ path, session }) {
  const started = performance.now();
  const response = await fetch(`${portalUrl}${path}`, {
    headers: session ? { cookie: session.cookie } : {},
    redirect: 'manual',
  });
  await response.arrayBuffer();
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${response.headers.get('location') ?? ''}`);
  return performance.now() - started;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

console.log(`${'page'.padEnd(40)} p50 ms   p95 ms   (n=${count}, after one warm-up)`);
for (const page of await pagesToMeasure()) {
  await timedRender(page);
  const samples = [];
  for (let run = 0; run < Number(count); run += 1) samples.push(await timedRender(page));
  samples.sort((a, b) => a - b);
  const label = page.label ?? page.path;
  console.log(
    `${label.padEnd(40)} ${percentile(samples, 0.5).toFixed(1).padStart(6)}   ${percentile(samples, 0.95).toFixed(1).padStart(6)}`,
  );
}
