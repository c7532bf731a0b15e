import { randomBytes, randomUUID } from 'node:crypto';

import type { Socket } from 'socket.io-client';

import { AccountStatus, Role } from '@healthsync/contracts/auth';
import {
  LIVE_EVENTS,
  type AppointmentChangedEvent,
  type LiveNotificationEvent,
} from '@healthsync/contracts/notifications/notifications.responses';

import type { AuthContext } from '../../../src/common/auth/auth-context';
import { AdminUsersService } from '../../../src/modules/admin/admin-users.service';
import { AuthService } from '../../../src/modules/auth/auth.service';
import { SessionService } from '../../../src/modules/auth/session.service';
import { LiveNotifier } from '../../../src/modules/notifications/live/live-notifier';
import {
  NotificationsGateway,
  sessionRoom,
} from '../../../src/modules/notifications/live/notifications.gateway';
import { integrationDatabaseUrl } from '../../support/int-env';
import { openDataSource } from '../../support/test-database';
import { startTestApi, type TestApi } from '../../support/test-api';
import { connect, createUser, listen, markerReached, watchDisconnect } from './live-sockets';

const origin = { ip: '127.0.0.1', userAgent: 'session-end.int-spec', requestId: 'session-end' };

/**
 * A live socket lives no longer than its session: when a session ends on instance A (logout,
 * sign-out everywhere, deactivation, role change), the socket connected to instance B is closed by
 * the server and no later event reaches it.
 */
describe('live sockets end with their session, across API instances', () => {
  const shared = {
    CACHE_NAMESPACE: `hs-int-live-end-${randomUUID()}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  let appA: TestApi;
  let appB: TestApi;
  let admin: AuthContext;
  /** A staff socket on instance B that stays connected: the marker that late events were handled. */
  let witness: { userId: string; socket: Socket };
  const sockets: Socket[] = [];

  /** A signed-in session of the user, with its socket connected to instance B. */
  const signedIn = async (userId: string, role: Role) => {
    const tokens = await appA.app.get(SessionService).start(userId, role, origin);
    const claims = JSON.parse(
      Buffer.from(tokens.accessToken.split('.')[1] ?? '', 'base64url').toString(),
    ) as {
      sid: string;
    };
    const socket = await connect(appB, tokens.accessToken);
    sockets.push(socket);
    const auth: AuthContext = { userId, role, sessionId: claims.sid };
    return { auth, socket, tokens, disconnect: watchDisconnect(socket) };
  };

  /**
   * The server closed the socket, no instance holds a socket of that session any more, and neither
   * a user nor a staff event reaches the client afterwards.
   */
  const expectEnded = async ({ socket, disconnect, auth }: SignedIn) => {
    await expect(disconnect.reason()).resolves.toBe('io server disconnect');
    const server = appA.app.get(NotificationsGateway).server;
    expect(await server?.in(sessionRoom(auth.sessionId)).fetchSockets()).toEqual([]);
    const late = [listen(socket, LIVE_EVENTS.notification), listen(socket, LIVE_EVENTS.appointmentChanged)];
    const notification: LiveNotificationEvent = {
      id: randomUUID(),
      category: 'appointments',
      type: 'appointment.confirmed',
      title: 'late',
      body: '',
      link: null,
    };
    const change: AppointmentChangedEvent = { appointmentId: randomUUID(), change: 'appointment.booked' };
    appA.app.get(LiveNotifier).toUser(auth.userId, LIVE_EVENTS.notification, notification);
    appA.app.get(LiveNotifier).toStaff(LIVE_EVENTS.appointmentChanged, change);
    await markerReached(appA, witness.userId, witness.socket);
    expect(late.map((stop) => stop())).toEqual([[], []]);
  };

  type SignedIn = Awaited<ReturnType<typeof signedIn>>;

  const setRoleBehindTheApi = async (userId: string, role: Role) => {
    const db = await openDataSource(integrationDatabaseUrl());
    try {
      await db.query(`UPDATE users SET role = $2 WHERE id = $1`, [userId, role]);
    } finally {
      await db.destroy();
    }
  };

  beforeAll(async () => {
    appA = await startTestApi(shared);
    appB = await startTestApi(shared);
    const adminId = await createUser(Role.Admin);
    admin = { userId: adminId, role: Role.Admin, sessionId: randomUUID() };
    const witnessId = await createUser(Role.Receptionist);
    const witnessTokens = await appA.app.get(SessionService).start(witnessId, Role.Receptionist, origin);
    witness = { userId: witnessId, socket: await connect(appB, witnessTokens.accessToken) };
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.close());
  });
  afterAll(async () => {
    witness?.socket.close();
    await appA?.close();
    await appB?.close();
  });

  it('logout closes the socket of that session only', async () => {
    const userId = await createUser(Role.Patient);
    const ending = await signedIn(userId, Role.Patient);
    const other = await signedIn(userId, Role.Patient);

    await appA.app.get(AuthService).logout(ending.auth, origin, false);

    await expectEnded(ending);
    expect(other.socket.connected).toBe(true);
    const server = appA.app.get(NotificationsGateway).server;
    expect(await server?.in(sessionRoom(other.auth.sessionId)).fetchSockets()).toHaveLength(1);
  });

  it('sign-out everywhere closes every socket of the user', async () => {
    const userId = await createUser(Role.Doctor);
    const first = await signedIn(userId, Role.Doctor);
    const second = await signedIn(userId, Role.Doctor);

    await appA.app.get(AuthService).logout(first.auth, origin, true);

    await expectEnded(first);
    await expectEnded(second);
  });

  it('refresh-token reuse closes the socket of the session it revokes', async () => {
    const userId = await createUser(Role.Patient);
    const session = await signedIn(userId, Role.Patient);
    const { tokens } = session;
    const sessions = appA.app.get(SessionService);
    await sessions.refresh(tokens.refreshToken, origin);

    await expect(sessions.refresh(tokens.refreshToken, origin)).rejects.toThrow();

    await expectEnded(session);
  });

  it("deactivation closes the user's staff socket", async () => {
    const userId = await createUser(Role.Receptionist);
    const session = await signedIn(userId, Role.Receptionist);

    await appA.app.get(AdminUsersService).setStatus(admin, userId, AccountStatus.Deactivated, origin);

    await expectEnded(session);
  });

  it("a role change closes the user's sockets", async () => {
    const userId = await createUser(Role.Receptionist);
    const session = await signedIn(userId, Role.Receptionist);

    await appA.app.get(AdminUsersService).changeRole(admin, userId, { role: Role.Admin }, origin);

    await expectEnded(session);
  });

  it('refuses a token whose role the user no longer has, even while its session is open', async () => {
    const userId = await createUser(Role.Receptionist);
    const { tokens, socket } = await signedIn(userId, Role.Receptionist);
    socket.close();
    await setRoleBehindTheApi(userId, Role.Patient);

    const reconnecting = connect(appB, tokens.accessToken);
    void reconnecting.then(
      (stale) => sockets.push(stale),
      () => undefined,
    );
    await expect(reconnecting).rejects.toThrow('unauthorized');
  });
});
