import type { DataSource } from 'typeorm';

import { PostgresAppendOnlyLogStore } from '../../../src/documents/postgres/postgres-append-only-log.store';
import { PostgresVersionedDocumentStore } from '../../../src/documents/postgres/postgres-versioned-document.store';
import { integrationDatabaseUrl } from '../../support/int-env';
import { openDataSource } from '../../support/test-database';
import { documentStoreContract } from './document-store.contract';

let db: DataSource;

documentStoreContract(
  'PostgreSQL JSONB',
  async () => {
    db = await openDataSource(integrationDatabaseUrl());
    return {
      documents: new PostgresVersionedDocumentStore(db),
      log: new PostgresAppendOnlyLogStore(db),
      // The append-only trigger refuses UPDATE, so the "attacker" is a superuser who turns triggers off.
      tamperWithLogEntry: async (id, body) => {
        await db.transaction(async (tx) => {
          await tx.query(`SET LOCAL session_replication_role = replica`);
          await tx.query(`UPDATE log_entries SET body = $2::jsonb WHERE id = $1`, [id, JSON.stringify(body)]);
        });
      },
    };
  },
  () => db.destroy(),
);

describe('PostgreSQL document tables are append-only in the database itself', () => {
  let direct: DataSource;
  beforeAll(async () => {
    direct = await openDataSource(integrationDatabaseUrl());
  });
  afterAll(() => direct.destroy());

  it.each([
    ['UPDATE log_entries SET body = $1::jsonb', ['{}']],
    ['DELETE FROM log_entries', []],
    ['TRUNCATE log_entries', []],
    ['UPDATE document_versions SET body = $1::jsonb', ['{}']],
    ['DELETE FROM document_versions', []],
  ])('refuses %s', async (sql, params) => {
    await new PostgresAppendOnlyLogStore(direct).append('guarded', { n: 1 });
    await new PostgresVersionedDocumentStore(direct).append(
      'guarded',
      `k-${Math.random()}`,
      { n: 1 },
      { expectedVersion: 0 },
    );
    await expect(direct.query(sql, params)).rejects.toThrow(/append-only/);
  });
});
