import { dropTestDatabase } from '@healthsync/testing/services/test-services';

export default async function globalTeardown(): Promise<void> {
  const portal = globalThis.__PORTAL__;
  await portal?.web.stop();
  await portal?.api.stop();
  await new Promise((resolve) => (portal ? portal.mailbox.close(resolve) : resolve(undefined)));
  await portal?.smtp.close();
  if (portal) await dropTestDatabase(portal.databaseUrl);
}
