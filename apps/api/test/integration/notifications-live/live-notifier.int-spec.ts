import { randomBytes, randomUUID } from 'node:crypto';

import type { Socket } from 'socket.io-client';

import { Role } from '@healthsync/contracts/auth';
import {
  LIVE_EVENTS,
  type AppointmentChangedEvent,
  type LiveNotificationEvent,
} from '@healthsync/contracts/notifications/notifications.responses';
import { waitForEvent } from '@healthsync/testing/wait/wait-until';

import { SessionService } from '../../../src/modules/auth/session.service';
import { LiveNotifier } from '../../../src/modules/notifications/live/live-notifier';
import { startTestApi, type TestApi } from '../../support/test-api';
import { connect, createUser, listen, markerReached } from './live-sockets';

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
  let otherPatientId: string;
  let doctorId: string;
  let patientSocket: Socket;
  let otherPatientSocket: Socket;
  let doctorSocket: Socket;

  const tokenFor = async (userId: string, role: Role) =>
    (await appA.app.get(SessionService).start(userId, role, origin)).accessToken;

  beforeAll(async () => {
    appA = await startTestApi(shared);
    appB = await startTestApi(shared);
    patientId = await createUser(Role.Patient);
    otherPatientId = await createUser(Role.Patient);
    doctorId = await createUser(Role.Doctor);
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
    const payload: LiveNotificationEvent = {
      id: randomUUID(),
      category: 'appointments',
      type: 'appointment.confirmed',
      title: 'Appointment confirmed',
      body: 'Your appointment is confirmed.',
      link: null,
    };
    const others = [
      listen(otherPatientSocket, LIVE_EVENTS.notification),
      listen(doctorSocket, LIVE_EVENTS.notification),
    ];
    const delivered = waitForEvent(patientSocket, LIVE_EVENTS.notification);

    appA.app.get(LiveNotifier).toUser(patientId, LIVE_EVENTS.notification, payload);

    await expect(delivered).resolves.toEqual(payload);
    await markerReached(appA, otherPatientId, otherPatientSocket);
    await markerReached(appA, doctorId, doctorSocket);
    const heard = others.map((stop) =>
      stop().filter((event) => (event as LiveNotificationEvent).type !== 'test.marker'),
    );
    expect(heard).toEqual([[], []]);
  });

  it('delivers a staff event from instance A to staff sockets on instance B only', async () => {
    const payload: AppointmentChangedEvent = { appointmentId: randomUUID(), change: 'appointment.booked' };
    const patients = [
      listen(patientSocket, LIVE_EVENTS.appointmentChanged),
      listen(otherPatientSocket, LIVE_EVENTS.appointmentChanged),
    ];
    const delivered = waitForEvent(doctorSocket, LIVE_EVENTS.appointmentChanged);

    appA.app.get(LiveNotifier).toStaff(LIVE_EVENTS.appointmentChanged, payload);

    await expect(delivered).resolves.toEqual(payload);
    await markerReached(appA, patientId, patientSocket);
    await markerReached(appA, otherPatientId, otherPatientSocket);
    expect(patients.map((stop) => stop())).toEqual([[], []]);
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
