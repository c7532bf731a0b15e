import { randomBytes, randomUUID } from 'node:crypto';

import type { Socket } from 'socket.io-client';

import { Role } from '@healthsync/contracts/auth';

import { SessionService } from '../../../src/modules/auth/session.service';
import { LiveNotifier } from '../../../src/modules/notifications/live/live-notifier';
import { startTestApi, type TestApi } from '../../support/test-api';
import { connect, createUser, nextEvent, received } from './live-sockets';

/**
 * Two API instances sharing PostgreSQL and Redis (one cache namespace): an event sent through
 * LiveNotifier on instance A reaches a socket connected to instance B through the Redis adapter.
 */
describe('LiveNotifier across API instances', () => {
  const shared = {
    CACHE_NAMESPACE: `hs-int-live-${randomUUID()}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  const origin = { ip: '127.0.0.1', userAgent: 'live-notifier.int-spec', requestId: 'live' };
  let appA: TestApi;
  let appB: TestApi;
  let patientId: string;
  let patientSocket: Socket;
  let otherPatientSocket: Socket;
  let doctorSocket: Socket;

  const tokenFor = async (userId: string, role: Role) =>
    (await appA.app.get(SessionService).start(userId, role, origin)).accessToken;

  beforeAll(async () => {
    appA = await startTestApi(shared);
    appB = await startTestApi(shared);
    patientId = await createUser(Role.Patient);
    const otherPatientId = await createUser(Role.Patient);
    const doctorId = await createUser(Role.Doctor);
    patientSocket = await connect(appB, await tokenFor(patientId, Role.Patient));
    otherPatientSocket = await connect(appB, await tokenFor(otherPatientId, Role.Patient));
    doctorSocket = await connect(appB, await tokenFor(doctorId, Role.Doctor));
  });
  afterAll(async () => {
    for (const socket of [patientSocket, otherPatientSocket, doctorSocket]) socket?.close();
    await appA?.close();
    await appB?.close();
  });

  it("delivers a user's event from instance A to that user's socket on instance B, and to no one else", async () => {
    const payload = { notificationId: randomUUID(), title: 'Appointment confirmed' };
    const others = Promise.all([
      received(otherPatientSocket, 'notification.created'),
      received(doctorSocket, 'notification.created'),
    ]);
    const delivered = nextEvent(patientSocket, 'notification.created');

    appA.app.get(LiveNotifier).toUser(patientId, 'notification.created', payload);

    await expect(delivered).resolves.toEqual(payload);
    expect(await others).toEqual([[], []]);
  });

  it('delivers a staff event from instance A to staff sockets on instance B only', async () => {
    const payload = { appointmentId: randomUUID() };
    const patients = Promise.all([
      received(patientSocket, 'queue.changed'),
      received(otherPatientSocket, 'queue.changed'),
    ]);
    const delivered = nextEvent(doctorSocket, 'queue.changed');

    appA.app.get(LiveNotifier).toStaff('queue.changed', payload);

    await expect(delivered).resolves.toEqual(payload);
    expect(await patients).toEqual([[], []]);
  });

  it('is refused by instance B once the session was revoked on instance A', async () => {
    const userId = await createUser(Role.Patient);
    const sessions = appA.app.get(SessionService);
    const tokens = await sessions.start(userId, Role.Patient, origin);
    const socket = await connect(appB, tokens.accessToken);
    socket.close();
    await sessions.revokeAll(userId, 'test');
    await expect(connect(appB, tokens.accessToken)).rejects.toThrow('unauthorized');
  });
});
