import { dropTestDatabase } from '@healthsync/testing/services/test-services';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__E2E_API__?.stop();
  const databaseUrl = process.env['E2E_DATABASE_URL'];
  if (databaseUrl) await dropTestDatabase(databaseUrl);
}
