import { once } from 'node:events';
import { createServer, type Server } from 'node:http';

import type { ReceivedMail, SmtpTestServer } from '@healthsync/testing/services/smtp-test-server';

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

/** The first email to `to` that matches, polling the mailbox until `timeoutMs`. */
export async function waitForMail(
  to: string,
  matches: (mail: ReceivedMail) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<ReceivedMail> {
  const mailbox = process.env['MAILBOX_URL'];
  if (!mailbox) throw new Error('MAILBOX_URL is unset: run through apps/web-e2e/jest.config.cjs');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${mailbox}/messages`)).json()) as ReceivedMail[];
    const found = mails.find((mail) => mail.to.includes(to) && matches(mail));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no email to ${to} within ${timeoutMs} ms`);
}
