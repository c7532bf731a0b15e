import { dropTestDatabase } from '@healthsync/testing/services/test-services';

export default async function globalTeardown(): Promise<void> {
  const portal = globalThis.__PORTAL__;
  await portal?.web.stop();
  await portal?.api.stop();
  if (portal) await dropTestDatabase(portal.databaseUrl);
}
