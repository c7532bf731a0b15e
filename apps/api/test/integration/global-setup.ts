import { createMigratedDatabase } from '../support/test-database';

/** One migrated database for the whole integration run; workers read its URL from the environment. */
export default async function globalSetup(): Promise<void> {
  process.env['INT_DATABASE_URL'] = await createMigratedDatabase('hs_int');
}
