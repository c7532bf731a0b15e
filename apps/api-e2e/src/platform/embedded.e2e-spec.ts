import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
