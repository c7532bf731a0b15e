import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { runSql } from './sql';

export interface RuleRow {
  weekday: number;
  start: string;
  end: string;
  slotMinutes: number;
}

export const EVERY_DAY = (start: string, end: string, slotMinutes = 30): RuleRow[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end, slotMinutes }));

/** Doctors straight into the database (fast): an account, a profile and weekly rules each. */
export async function createDoctors(
  databaseUrl: string,
  count: number,
  rules: RuleRow[],
  profile: { bufferMinutes?: number } = {},
): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1)
      ids.push(await insertDoctor(client, index, rules, profile.bufferMinutes ?? 0));
    return ids;
  } finally {
    await client.end();
  }
}

async function insertDoctor(
  client: Client,
  index: number,
  rules: RuleRow[],
  bufferMinutes: number,
): Promise<string> {
  const userId = randomUUID();
  const doctorId = randomUUID();
  await client.query(
    `INSERT INTO users (id, email, role, first_name, last_name) VALUES ($1, $2, 'doctor', 'Doc', $3)`,
    [userId, `doctor-${userId}@example.test`, `Number ${index}`],
  );
  await client.query(
    `INSERT INTO doctors (id, user_id, specialty, licence_number, consultation_fee_minor, buffer_minutes)
     VALUES ($1, $2, 'General practice', $3, 5000, $4)`,
    [doctorId, userId, `LIC-${userId}`, bufferMinutes],
  );
  await client.query(
    `INSERT INTO availability_rules (doctor_id, weekday, start_time, end_time, slot_minutes)
     SELECT $1, weekday, start_time::time, end_time::time, slot_minutes
     FROM unnest($2::int[], $3::text[], $4::text[], $5::int[]) AS rule(weekday, start_time, end_time, slot_minutes)`,
    [
      doctorId,
      rules.map((rule) => rule.weekday),
      rules.map((rule) => rule.start),
      rules.map((rule) => rule.end),
      rules.map((rule) => rule.slotMinutes),
    ],
  );
  return doctorId;
}

/** Patients without portal accounts (staff book for them). */
export async function createPatients(databaseUrl: string, count: number): Promise<string[]> {
  const rows = await runSql<{ id: string }>(
    databaseUrl,
    `INSERT INTO patients (first_name, last_name, date_of_birth)
     SELECT 'Patient', 'Number ' || n, date '1980-01-01' + n FROM generate_series(1, $1) AS n RETURNING id`,
    [count],
  );
  return rows.map((row) => row.id);
}

/** A clinic-local date at least `daysAhead` days from now, as YYYY-MM-DD in the zone. */
export function localDateAhead(daysAhead: number, timeZone = 'Europe/Berlin'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

/** The UTC range covering one clinic-local day generously (slots are filtered to the day by the caller). */
export function dayRange(date: string): { from: string; to: string } {
  const noon = Date.parse(`${date}T12:00:00Z`);
  return {
    from: new Date(noon - 14 * 3_600_000).toISOString(),
    to: new Date(noon + 14 * 3_600_000).toISOString(),
  };
}
