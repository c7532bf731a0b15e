import type { Server } from 'node:http';

import { freePort } from '@healthsync/testing/services/free-port';
import type { RunningProcess } from '@healthsync/testing/services/node-process';
import { SmtpTestServer } from '@healthsync/testing/services/smtp-test-server';
import { createTestDatabase } from '@healthsync/testing/services/test-services';

import { serveMailbox } from './mailbox';
import { startDemoApi, startPortal, zoneWhereItIsMorning } from './portal-process';

declare global {
  var __PORTAL__:
    | {
        api: RunningProcess;
        web: RunningProcess;
        databaseUrl: string;
        smtp: SmtpTestServer;
        mailbox: Server;
      }
    | undefined;
}

/**
 * The built API (demo data, its own database, email to a test SMTP server) and the built portal
 * pointing at it. The portal's port is chosen first: the API needs its origin for CORS (the browser
 * opens Socket.io to the API directly) and for the links in its emails.
 */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = await createTestDatabase('hs_web_e2e');
  const webPort = await freePort();
  const portalOrigin = `http://127.0.0.1:${webPort}`;
  const smtp = await SmtpTestServer.start();
  const mailbox = await serveMailbox(smtp);
  const clinicTimeZone = zoneWhereItIsMorning();
  const api = await startDemoApi(databaseUrl, portalOrigin, {
    BOOKING_LEAD_MINUTES: '0',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    PORTAL_URL: portalOrigin,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    CLINIC_TIME_ZONE: clinicTimeZone,
  });
  const web = await startPortal(
    { API_URL: api.baseUrl, PUBLIC_API_URL: api.baseUrl, CLINIC_TIME_ZONE: clinicTimeZone },
    webPort,
  );
  globalThis.__PORTAL__ = { api, web, databaseUrl, smtp, mailbox: mailbox.server };
  process.env['PORTAL_URL'] = web.baseUrl;
  process.env['PORTAL_API_URL'] = api.baseUrl;
  process.env['MAILBOX_URL'] = mailbox.url;
  process.env['CLINIC_TIME_ZONE'] = clinicTimeZone;
}
