import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

import { waitUntil } from '@healthsync/testing/wait/wait-until';

import { startAuthTestApi, type AuthTestApi } from '../../support/auth-test-api';

const PASSWORD = 'Reset-links-owner-1';

describe('password-reset links: using one, or changing the password, cancels the others', () => {
  let test: AuthTestApi;

  beforeAll(async () => {
    test = await startAuthTestApi();
  });
  afterAll(() => test.close());

  async function resetLinks(email: string, count: number): Promise<string[]> {
    test.smtp.clear();
    for (let link = 0; link < count; link += 1) await test.post('/auth/password/forgot', { email });
    const mails = await waitUntil(
      () => {
        const received = test.smtp.messages().filter((mail) => mail.to.includes(email));
        return received.length >= count && received;
      },
      { description: `${count} reset emails to ${email}` },
    );
    return mails.map((mail) => /token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '');
  }

  it('refuses an older link once another one was used', async () => {
    const email = await test.createUser(PASSWORD);
    const [first, second] = await resetLinks(email, 2);
    expect(
      (await test.post('/auth/password/reset', { token: second, newPassword: 'Second-link-2027' })).status,
    ).toBe(204);
    const stale = await test.post<{ code: string }>('/auth/password/reset', {
      token: first,
      newPassword: 'First-link-2027!',
    });
    expect(stale.status).toBe(400);
    expect(stale.body.code).toBe('AUTH.INVALID_RESET_TOKEN');
    expect((await test.post('/auth/login', { email, password: 'Second-link-2027' })).status).toBe(200);
  });

  it('refuses an outstanding link after the password was changed', async () => {
    const email = await test.createUser(PASSWORD);
    const [link] = await resetLinks(email, 1);
    const { tokens } = (
      await test.post<{ tokens: { accessToken: string } }>('/auth/login', { email, password: PASSWORD })
    ).body;
    const changed = await test.post(
      '/auth/password/change',
      { currentPassword: PASSWORD, newPassword: 'Changed-meanwhile-2027' },
      tokens.accessToken,
    );
    expect(changed.status).toBe(204);
    expect(
      (await test.post('/auth/password/reset', { token: link, newPassword: 'Attacker-choice-2027' })).status,
    ).toBe(400);
    expect((await test.post('/auth/login', { email, password: 'Changed-meanwhile-2027' })).status).toBe(200);
  });
});

describe('forgot-password answers before its email is sent', () => {
  let test: AuthTestApi;
  let silentSmtp: Server;
  const connections: Array<{ socket: Socket; closed: boolean }> = [];

  beforeAll(async () => {
    // A mail server that accepts connections and never greets: a send waits for the 10 s greeting
    // timeout, then the API gives up and closes the connection.
    silentSmtp = createServer((socket) => {
      const connection = { socket, closed: false };
      connections.push(connection);
      socket.on('close', () => (connection.closed = true)).on('error', () => undefined);
      socket.resume();
    }).listen(0, '127.0.0.1');
    await once(silentSmtp, 'listening');
    test = await startAuthTestApi({ SMTP_PORT: String((silentSmtp.address() as AddressInfo).port) });
  });
  afterAll(async () => {
    await test.close();
    for (const { socket } of connections) socket.destroy();
    silentSmtp.close();
  });

  it('answers a known and an unknown email alike, without waiting for the mail server', async () => {
    const email = await test.createUser(PASSWORD);
    const known = await test.post('/auth/password/forgot', { email });
    const unknown = await test.post('/auth/password/forgot', { email: 'nobody-here-at-all@example.test' });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    // The send happens after the answer: once the API has connected to the mail server, that
    // connection is still waiting for the greeting — had the answer waited for the send, the API
    // would have given up and closed it first.
    await waitUntil(() => connections.length > 0, { description: 'the API to connect to the mail server' });
    expect(connections.some((connection) => !connection.closed)).toBe(true);
  });
});
