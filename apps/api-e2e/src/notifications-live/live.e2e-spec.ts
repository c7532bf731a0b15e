import { io, type Socket } from 'socket.io-client';

import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { forge } from '../support/jwt-forge';

const PORTAL_ORIGIN = 'http://portal.clinic.test';

interface Handshake {
  token?: string;
  headers?: Record<string, string>;
}

/** Connects to the live namespace; resolves with the socket, or with the `connect_error` message. */
function connect(baseUrl: string, handshake: Handshake): Promise<{ socket?: Socket; error?: string }> {
  const socket = io(`${baseUrl}/notifications`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: handshake.token === undefined ? {} : { token: handshake.token },
    extraHeaders: handshake.headers,
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket }));
    socket.once('connect_error', (error: Error) => {
      socket.close();
      resolve({ error: error.message });
    });
  });
}

describe('live notifications over Socket.io (/notifications)', () => {
  let api: AuthTestApi;
  const sockets: Socket[] = [];

  const connected = async (handshake: Handshake): Promise<Socket> => {
    const { socket, error } = await connect(api.api.baseUrl, handshake);
    if (!socket) throw new Error(`expected a connection, got connect_error ${error}`);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    api = await startAuthTestApi({ CORS_ORIGINS: PORTAL_ORIGIN });
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.close());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('admits a patient with an access token in the handshake auth', async () => {
    const socket = await connected({ token: await api.client.accessToken(DEMO_EMAILS.patient) });
    expect(socket.connected).toBe(true);
  });

  it('admits staff with the token in an Authorization: Bearer header', async () => {
    const token = await api.client.accessToken(DEMO_EMAILS.doctor);
    const socket = await connected({ headers: { authorization: `Bearer ${token}` } });
    expect(socket.connected).toBe(true);
  });

  it('refuses a missing, malformed, forged, unsigned, expired or wrongly typed token', async () => {
    const real = await api.client.accessToken(DEMO_EMAILS.patient);
    const claims = forge.claims(real);
    const now = Math.floor(Date.now() / 1000);
    const refused: Record<string, Handshake> = {
      none: {},
      empty: { token: '' },
      garbage: { token: 'not-a-jwt' },
      'garbage bearer header': { headers: { authorization: 'Bearer a.b.c' } },
      'wrong key': { token: forge.hs256(claims, 'not-the-api-secret') },
      unsigned: { token: forge.unsigned(claims) },
      rs256: { token: forge.rs256(claims) },
      tampered: { token: forge.tampered(real, { role: 'admin' }) },
      expired: { token: forge.hs256({ ...claims, iat: now - 3_600, exp: now - 60 }, api.jwtSecret) },
      'wrong audience': { token: forge.hs256({ ...claims, aud: 'somebody-else' }, api.jwtSecret) },
      'not an access token': { token: forge.hs256({ ...claims, typ: 'challenge' }, api.jwtSecret) },
    };
    for (const [name, handshake] of Object.entries(refused)) {
      const { socket, error } = await connect(api.api.baseUrl, handshake);
      socket?.close();
      expect({ name, error }).toEqual({ name, error: 'unauthorized' });
    }
  });

  it('accepts a token the test signs with the API key, proving the refusals above are about the token', async () => {
    const real = await api.client.accessToken(DEMO_EMAILS.patient);
    const resigned = forge.hs256(forge.claims(real), api.jwtSecret);
    expect((await connected({ token: resigned })).connected).toBe(true);
  });

  it('refuses the token of a session that has been signed out', async () => {
    const token = await api.client.accessToken(DEMO_EMAILS.receptionist);
    expect((await connected({ token })).connected).toBe(true);
    const logout = await api.client.post('/api/v1/auth/logout', {}, token);
    expect(logout.status).toBeLessThan(300);
    expect(await connect(api.api.baseUrl, { token })).toEqual({ error: 'unauthorized' });
  });

  it('closes a connected socket when its session signs out, and only that one', async () => {
    const signingOut = await api.client.accessToken(DEMO_EMAILS.receptionist);
    const staying = await api.client.accessToken(DEMO_EMAILS.receptionist);
    const socket = await connected({ token: signingOut });
    const other = await connected({ token: staying });
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    expect((await api.client.post('/api/v1/auth/logout', {}, signingOut)).status).toBeLessThan(300);

    await expect(closed).resolves.toBe('io server disconnect');
    expect(other.connected).toBe(true);
  });

  describe('live tickets (POST /notifications/live-ticket)', () => {
    const ticketFor = async (accessToken: string) => {
      const answer = await api.client.post('/api/v1/notifications/live-ticket', {}, accessToken);
      expect(answer.status).toBe(200);
      return answer.body as { ticket: string; expiresAt: string };
    };

    it('issues a one-minute ticket that admits the socket', async () => {
      const { ticket, expiresAt } = await ticketFor(await api.client.accessToken(DEMO_EMAILS.patient));
      const claims = forge.claims(ticket);
      expect(claims).toMatchObject({ aud: 'healthsync-live', typ: 'live' });
      expect(Number(claims['exp']) - Number(claims['iat'])).toBe(60);
      expect(Math.abs(Date.parse(expiresAt) - Number(claims['exp']) * 1000)).toBeLessThan(2_000);
      expect((await connected({ token: ticket })).connected).toBe(true);
    });

    it('refuses an expired, forged or mislabelled ticket', async () => {
      const access = await api.client.accessToken(DEMO_EMAILS.doctor);
      const claims = forge.claims((await ticketFor(access)).ticket);
      const now = Math.floor(Date.now() / 1000);
      const refused: Record<string, string> = {
        expired: forge.hs256({ ...claims, iat: now - 120, exp: now - 60 }, api.jwtSecret),
        'wrong key': forge.hs256(claims, 'not-the-api-secret'),
        'ticket audience, access type': forge.hs256({ ...claims, typ: 'access' }, api.jwtSecret),
        'access audience, ticket type': forge.hs256({ ...claims, aud: 'healthsync-api' }, api.jwtSecret),
        'challenge type': forge.hs256({ ...claims, typ: 'challenge' }, api.jwtSecret),
      };
      for (const [name, token] of Object.entries(refused)) {
        const { socket, error } = await connect(api.api.baseUrl, { token });
        socket?.close();
        expect({ name, error }).toEqual({ name, error: 'unauthorized' });
      }
    });

    it('is refused as a bearer token by the HTTP API', async () => {
      const { ticket } = await ticketFor(await api.client.accessToken(DEMO_EMAILS.receptionist));
      expect((await api.client.get('/api/v1/notifications/unread-count', ticket)).status).toBe(401);
      expect((await api.client.post('/api/v1/notifications/live-ticket', {}, ticket)).status).toBe(401);
    });

    it('is refused once its session has been signed out', async () => {
      const access = await api.client.accessToken(DEMO_EMAILS.admin);
      const { ticket } = await ticketFor(access);
      expect((await api.client.post('/api/v1/auth/logout', {}, access)).status).toBeLessThan(300);
      expect(await connect(api.api.baseUrl, { token: ticket })).toEqual({ error: 'unauthorized' });
    });

    it('is not issued without a signed-in session', async () => {
      expect((await api.client.post('/api/v1/notifications/live-ticket', {})).status).toBe(401);
    });
  });

  it('answers the polling handshake with CORS only for the configured origins', async () => {
    const handshake = (origin: string) =>
      fetch(`${api.api.baseUrl}/socket.io/?EIO=4&transport=polling`, { headers: { origin } });
    const allowed = await handshake(PORTAL_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL_ORIGIN);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await handshake('http://evil.test');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
