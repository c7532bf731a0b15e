import { once } from 'node:events';
import { createServer, type Server } from 'node:http';

import type { ReceivedMail, SmtpTestServer } from '@healthsync/testing/services/smtp-test-server';
import { waitUntil } from '@healthsync/testing/wait/wait-until';

/**
 * The SMTP test server lives in Jest's global-setup process; specs run elsewhere. This serves what it
 * received as JSON on loopback (GET /messages), so a spec can read the emails the API sent.
 */
export async function serveMailbox(smtp: SmtpTestServer): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url !== '/messages') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(smtp.messages()));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, server };
}

/** The first email to `to` that matches, as soon as the mailbox has it. */
export async function waitForMail(
  to: string,
  matches: (mail: ReceivedMail) => boolean = () => true,
  timeoutMs?: number,
): Promise<ReceivedMail> {
  const mailbox = process.env['MAILBOX_URL'];
  if (!mailbox) throw new Error('MAILBOX_URL is unset: run through apps/web-e2e/jest.config.cjs');
  return waitUntil(
    async () => {
      const mails = (await (await fetch(`${mailbox}/messages`)).json()) as ReceivedMail[];
      return mails.find((mail) => mail.to.includes(to) && matches(mail));
    },
    { timeoutMs, intervalMs: 250, description: `an email to ${to}` },
  );
}
