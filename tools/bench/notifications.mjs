#!/usr/bin/env node
/**
 * Notification figures of a running API (started with SEED_DEMO=true, REDIS_URL set, NOTIFICATIONS_POLL_MS as
 * wanted, on a disposable database):
 *   latency  — from a booking's 201 (its commit) to the patient's socket receiving the in-app notification, p50/p95;
 *   throughput — outbox events turned into notifications and delivered (in-app + email) per second, by the API's
 *                one dispatcher, for events inserted straight into the outbox.
 * Usage: node tools/bench/notifications.mjs <baseUrl> <databaseUrl> [bookings=40] [events=2000]
 */
import pg from 'pg';
import { io } from 'socket.io-client';

const [baseUrl, databaseUrl, bookingCount = '40', eventCount = '2000'] = process.argv.slice(2);
if (!baseUrl || !databaseUrl) {
  console.error('usage: node tools/bench/notifications.mjs <baseUrl> <databaseUrl> [bookings] [events]');
  process.exit(2);
}

async function signIn(email) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'Demo-password-2026' }),
  });
  return (await response.json()).tokens.accessToken;
}

const get = async (path, token) =>
  (await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function latency(patient, reception) {
  const me = await get('/api/v1/auth/me', patient);
  const doctors = await get('/api/v1/doctors', reception);
  const doctorId = doctors.items[0].id;
  const from = new Date(Date.now() + 2 * 86_400_000);
  const slots = (
    await get(
      `/api/v1/doctors/${doctorId}/slots?from=${from.toISOString()}&to=${new Date(from.getTime() + 30 * 86_400_000).toISOString()}`,
      reception,
    )
  ).slots;
  const socket = io(`${baseUrl}/notifications`, { auth: { token: patient }, transports: ['websocket'] });
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const samples = [];
  for (const slot of slots.slice(0, Number(bookingCount))) {
    const received = new Promise((resolve) => socket.once('notification', () => resolve(performance.now())));
    const response = await fetch(`${baseUrl}/api/v1/appointments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${reception}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        doctorId,
        startsAt: slot.startsAt,
        type: 'consultation',
        patientId: me.patientId,
      }),
    });
    const committed = performance.now();
    if (response.status !== 201) throw new Error(`booking answered ${response.status}`);
    samples.push((await received) - committed);
  }
  socket.close();
  samples.sort((a, b) => a - b);
  console.log(
    `commit → socket receipt (n=${samples.length}): p50 ${percentile(samples, 0.5).toFixed(0)} ms, p95 ${percentile(samples, 0.95).toFixed(0)} ms`,
  );
}

async function throughput() {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [{ id: appointmentId }] = (
      await db.query(`SELECT id FROM appointments ORDER BY created_at LIMIT 1`)
    ).rows;
    const [{ before }] = (
      await db.query(`SELECT count(*)::int AS before FROM notification_deliveries WHERE status = 'delivered'`)
    ).rows;
    const started = performance.now();
    // Each event notifies the patient and the doctor: two notifications, each on in-app and email.
    await db.query(
      `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload)
       SELECT 'appointment.confirm', 'appointment', $1, jsonb_build_object('startsAt', now() + interval '3 days', 'n', n)
       FROM generate_series(1, $2) n`,
      [appointmentId, Number(eventCount)],
    );
    const expected = before + Number(eventCount) * 2;
    for (;;) {
      const [{ delivered }] = (
        await db.query(
          `SELECT count(*)::int AS delivered FROM notification_deliveries WHERE status = 'delivered'`,
        )
      ).rows;
      if (delivered >= expected || performance.now() - started > 120_000) {
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `${eventCount} events → ${delivered - before} deliveries in ${seconds.toFixed(1)} s: ${((delivered - before) / seconds).toFixed(0)} deliveries/s, ${(Number(eventCount) / seconds).toFixed(0)} events/s`,
        );
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await db.end();
  }
}

const [patient, reception] = await Promise.all([
  signIn('patient@demo.healthsync.test'),
  signIn('reception@demo.healthsync.test'),
]);
await latency(patient, reception);
await throughput();
