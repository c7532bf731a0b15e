import { dropTestDatabase } from '@healthsync/testing/services/test-services';

export default async function globalTeardown(): Promise<void> {
  const url = process.env['INT_DATABASE_URL'];
  if (url) await dropTestDatabase(url);
}
