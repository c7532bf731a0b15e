import { Client } from 'pg';

/** Runs SQL on the test's database directly, as the superuser: for moving time or tampering in tests. */
export async function runSql<T = unknown>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
