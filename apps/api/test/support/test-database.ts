import { DataSource } from 'typeorm';

import { createTestDatabase } from '@healthsync/testing/services/test-services';

import { MIGRATIONS } from '../../src/database/migrations';

/** A database of its own with every migration applied, as the API would leave it at start. */
export async function createMigratedDatabase(prefix: string): Promise<string> {
  const url = await createTestDatabase(prefix);
  const db = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await db.destroy();
  return url;
}

export function openDataSource(url: string): Promise<DataSource> {
  return new DataSource({ type: 'postgres', url }).initialize();
}
