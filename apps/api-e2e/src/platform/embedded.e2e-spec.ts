import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ApiClient, DEMO_EMAILS } from '../support/api-client';
import { startApi, WORKSPACE_ROOT } from '../support/api-process';

/** Runs SQL on the embedded data directory directly, while the API is stopped. */
function embeddedSql(dataDir: string, sql: string): unknown[] {
  const output = execFileSync(
    process.execPath,
    [join(__dirname, '../support/run-embedded-sql.cjs'), dataDir, sql],
    { cwd: WORKSPACE_ROOT },
  );
  return JSON.parse(output.toString()) as unknown[];
}

describe('the embedded default (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'healthsync-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs on PGlite, migrates once, and keeps its data across restarts', async () => {
    const first = await startApi({ EMBEDDED_DATA_DIR: dataDir });
    const health = await (await fetch(`${first.baseUrl}/api/v1/health`)).json();
    expect(health).toMatchObject({
      status: 'ok',
      components: { database: { backend: 'postgres' }, cache: { backend: 'memory' } },
    });
    expect(first.output()).toContain('embedded PostgreSQL (PGlite)');
    expect(await first.stop()).toBe(0);

    embeddedSql(
      dataDir,
      `INSERT INTO document_versions (collection, document_key, version, body) VALUES ('marker', 'restart', 1, '{"kept": true}')`,
    );
    const migrationsAfterFirstStart = embeddedSql(dataDir, 'SELECT name FROM migrations ORDER BY id');
    expect(migrationsAfterFirstStart.length).toBeGreaterThan(0);

    const second = await startApi({ EMBEDDED_DATA_DIR: dataDir });
    expect((await fetch(`${second.baseUrl}/api/v1/health`)).status).toBe(200);
    expect(await second.stop()).toBe(0);

    expect(embeddedSql(dataDir, `SELECT body FROM document_versions WHERE collection = 'marker'`)).toEqual([
      { body: { kept: true } },
    ]);
    expect(embeddedSql(dataDir, 'SELECT name FROM migrations ORDER BY id')).toEqual(
      migrationsAfterFirstStart,
    );
  });
});

describe('the embedded default under the flows that hold a transaction', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'healthsync-embedded-flows-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  // PGlite runs one statement at a time: a transaction that queried through a second connection would wait forever.
  it('signs in, refreshes, books and cancels without waiting on itself', async () => {
    const api = await startApi({ EMBEDDED_DATA_DIR: dataDir, BOOKING_LEAD_MINUTES: '0' });
    try {
      const client = new ApiClient(api.baseUrl);
      const tokens = await client.tokens(DEMO_EMAILS.patient);
      const refreshed = await client.post<{ accessToken: string }>('/api/v1/auth/refresh', {
        refreshToken: tokens.refreshToken,
      });
      expect(refreshed.status).toBe(200);
      const token = refreshed.body.accessToken;
      const doctors = await client.get<{ items: Array<{ id: string; lastName: string }> }>(
        '/api/v1/doctors',
        token,
      );
      const doctor = doctors.body.items[0];
      expect(doctor?.lastName).toBe('Okafor');
      const from = new Date(Date.now() + 3 * 86_400_000);
      const slots = await client.get<{ slots: Array<{ startsAt: string }> }>(
        `/api/v1/doctors/${doctor?.id}/slots?from=${from.toISOString()}&to=${new Date(from.getTime() + 7 * 86_400_000).toISOString()}`,
        token,
      );
      const booked = await client.post<{ id: string }>(
        '/api/v1/appointments',
        { doctorId: doctor?.id, startsAt: slots.body.slots[0]?.startsAt, type: 'consultation' },
        token,
      );
      expect(booked.status).toBe(201);
      const cancelled = await client.post<{ status: string }>(
        `/api/v1/appointments/${booked.body.id}/cancel`,
        {},
        token,
      );
      expect(cancelled.body.status).toBe('cancelled');

      // A portal page asks several things at once: parallel requests must each get their own answer.
      const asked = ['/api/v1/auth/me', '/api/v1/appointments', '/api/v1/notifications/unread-count'];
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => asked.map((path) => client.get<object>(path, token))).flat(),
      );
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
      answers.forEach((answer, index) => {
        const expectedKey = ['email', 'items', 'unread'][index % asked.length] as string;
        expect(answer.body).toHaveProperty(expectedKey);
      });
    } finally {
      expect(await api.stop()).toBe(0);
    }
  });
});
