import { DataSource } from 'typeorm';

import { createTestDatabase, dropTestDatabase } from '@healthsync/testing/services/test-services';

import { MIGRATIONS } from '../../../src/database/migrations';
import { PatientRecords1795600300000 } from '../../../src/database/migrations/1795600300000-patient-records';

/**
 * Medical record numbers: assigned by PostgreSQL from a sequence, backfilled for patients that
 * existed before the migration, never reused, and never cut short once they pass six digits.
 */

const BEFORE_PATIENT_RECORDS = MIGRATIONS.slice(0, MIGRATIONS.indexOf(PatientRecords1795600300000));

async function migrate(url: string, migrations: typeof MIGRATIONS): Promise<void> {
  const db = new DataSource({ type: 'postgres', url, migrations });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await db.destroy();
}

async function insertPatient(db: DataSource, lastName: string, createdAt?: string): Promise<string> {
  const [row] = (await db.query(
    `INSERT INTO patients (first_name, last_name, date_of_birth, created_at)
     VALUES ('Test', $1, '1980-01-01', coalesce($2::timestamptz, now())) RETURNING mrn`,
    [lastName, createdAt ?? null],
  )) as Array<{ mrn: string }>;
  return row?.mrn ?? '';
}

describe('patient medical record numbers', () => {
  let url: string;
  let db: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase('hs_int_mrn');
    await migrate(url, BEFORE_PATIENT_RECORDS);
    db = await new DataSource({ type: 'postgres', url }).initialize();
    // Registered before the migration, inserted out of order.
    for (const [lastName, createdAt] of [
      ['Second', '2024-02-01T00:00:00Z'],
      ['First', '2024-01-01T00:00:00Z'],
      ['Third', '2024-03-01T00:00:00Z'],
    ]) {
      await db.query(
        `INSERT INTO patients (first_name, last_name, date_of_birth, created_at) VALUES ('Old', $1, '1970-01-01', $2)`,
        [lastName, createdAt],
      );
    }
    await migrate(url, MIGRATIONS);
  });

  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(url);
  });

  it('backfills existing patients in the order they were registered', async () => {
    const rows = (await db.query(
      `SELECT last_name, mrn, sex, version FROM patients WHERE first_name = 'Old' ORDER BY mrn`,
    )) as Array<{ last_name: string; mrn: string; sex: string; version: number }>;
    expect(rows).toEqual([
      { last_name: 'First', mrn: 'MRN-000001', sex: 'unknown', version: 1 },
      { last_name: 'Second', mrn: 'MRN-000002', sex: 'unknown', version: 1 },
      { last_name: 'Third', mrn: 'MRN-000003', sex: 'unknown', version: 1 },
    ]);
  });

  it('numbers new patients from the same sequence, zero-padded to six digits', async () => {
    expect(await insertPatient(db, 'New')).toBe('MRN-000004');
    expect(await insertPatient(db, 'Newer')).toMatch(/^MRN-\d{6}$/);
  });

  it('never hands out a number again, even one whose insert was rolled back', async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    const [lost] = (await runner.query(
      `INSERT INTO patients (first_name, last_name, date_of_birth) VALUES ('Rolled', 'Back', '1990-01-01') RETURNING mrn`,
    )) as Array<{ mrn: string }>;
    await runner.rollbackTransaction();
    await runner.release();

    const next = await insertPatient(db, 'AfterRollback');
    expect(next > (lost?.mrn ?? '')).toBe(true);
    const reused = (await db.query(`SELECT 1 FROM patients WHERE mrn = $1`, [lost?.mrn])) as unknown[];
    expect(reused).toHaveLength(0);
  });

  it('refuses a duplicate or malformed number, and keeps every digit past 999999', async () => {
    await expect(
      db.query(
        `INSERT INTO patients (first_name, last_name, date_of_birth, mrn) VALUES ('D', 'Dup', '1990-01-01', 'MRN-000001')`,
      ),
    ).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'patients_mrn_unique' } });
    await expect(
      db.query(
        `INSERT INTO patients (first_name, last_name, date_of_birth, mrn) VALUES ('D', 'Bad', '1990-01-01', 'MRN-12')`,
      ),
    ).rejects.toMatchObject({ driverError: { code: '23514' } });

    await db.query(`SELECT setval('patient_mrn_seq', 999999)`);
    expect(await insertPatient(db, 'Millionth')).toBe('MRN-1000000');
  });

  it('keeps sex, address and insurance consistent in the database itself', async () => {
    const insert = (columns: string, values: string) =>
      db.query(
        `INSERT INTO patients (first_name, last_name, date_of_birth, ${columns}) VALUES ('C', 'Check', '1990-01-01', ${values})`,
      );
    await expect(insert('sex', `'robot'`)).rejects.toMatchObject({ driverError: { code: '23514' } });
    await expect(insert('address_city', `'Berlin'`)).rejects.toMatchObject({
      driverError: { code: '23514' },
    });
    await expect(insert('insurance_payer', `'AOK'`)).rejects.toMatchObject({
      driverError: { code: '23514' },
    });
    await expect(insert('address_country', `'de'`)).rejects.toMatchObject({ driverError: { code: '23514' } });
    await expect(insert('preferred_language', `'English'`)).rejects.toMatchObject({
      driverError: { code: '23514' },
    });
  });

  it('reverts cleanly', async () => {
    const migrations = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS });
    await migrations.initialize();
    try {
      // Undo every migration down to and including this one (later ones depend on it).
      const newer =
        MIGRATIONS.length -
        MIGRATIONS.findIndex((migration) => migration.name === 'PatientRecords1795600300000');
      for (let step = 0; step < newer; step += 1) await migrations.undoLastMigration({ transaction: 'each' });
      const columns = (await migrations.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'patients' AND column_name IN ('mrn', 'version')`,
      )) as unknown[];
      expect(columns).toEqual([]);
      await migrations.runMigrations({ transaction: 'each' });
    } finally {
      await migrations.destroy();
    }
  });
});
