import { randomUUID } from 'node:crypto';

import { io, type Socket } from 'socket.io-client';

import type { Role } from '@healthsync/contracts/auth';
import {
  LIVE_EVENTS,
  type LiveNotificationEvent,
} from '@healthsync/contracts/notifications/notifications.responses';
import { waitForEvent } from '@healthsync/testing/wait/wait-until';

import { LiveNotifier } from '../../../src/modules/notifications/live/live-notifier';

import { integrationDatabaseUrl } from '../../support/int-env';
import { openDataSource } from '../../support/test-database';
import type { TestApi } from '../../support/test-api';

/** Socket.io helpers shared by the live-notification integration specs. */

/** A bare user row (no profile), enough for sessions and live sockets. */
export async function createUser(role: Role): Promise<string> {
  const db = await openDataSource(integrationDatabaseUrl());
  try {
    const [row] = (await db.query(
      `INSERT INTO users (email, role, first_name, last_name) VALUES ($1, $2, 'Live', 'Test') RETURNING id`,
      [`live-${randomUUID()}@clinic.test`, role],
    )) as Array<{ id: string }>;
    if (!row) throw new Error('no user row');
    return row.id;
  } finally {
    await db.destroy();
  }
}

export function connect(api: TestApi, token: string): Promise<Socket> {
  const socket = io(api.url('/notifications'), {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { token },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error) => {
      socket.close();
      reject(error);
    });
  });
}

/**
 * Starts recording the payloads of `event` the socket receives; the returned function stops and
 * returns them. Pair it with `markerReached` to show that nothing arrived, without a time window.
 */
export function listen(socket: Socket, event: string): () => unknown[] {
  const payloads: unknown[] = [];
  const listener = (payload: unknown) => payloads.push(payload);
  socket.on(event, listener);
  return () => {
    socket.off(event, listener);
    return payloads;
  };
}

/**
 * Sends a marker notification to `userId` through instance A's LiveNotifier and waits until it
 * reaches that user's socket. Instance A publishes every event on one Redis connection and
 * instance B reads them on one, so anything A sent before the marker has been handled by B once
 * the marker arrives: what a socket has not heard by then, it will not hear.
 */
export async function markerReached(api: TestApi, userId: string, socket: Socket): Promise<void> {
  const marker: LiveNotificationEvent = {
    id: randomUUID(),
    category: 'appointments',
    type: 'test.marker',
    title: 'marker',
    body: '',
    link: null,
  };
  const arrived = waitForEvent<LiveNotificationEvent>(socket, LIVE_EVENTS.notification, {
    accept: (payload) => payload.id === marker.id,
    description: 'the marker notification',
  });
  api.app.get(LiveNotifier).toUser(userId, LIVE_EVENTS.notification, marker);
  await arrived;
}

/**
 * Watches a connected socket for its disconnection from now on; `reason()` resolves with why it
 * was closed (`io server disconnect` when the server closed it), or rejects if it is still open
 * after a generous timeout.
 */
export function watchDisconnect(socket: Socket): { reason(): Promise<string> } {
  const closed = waitForEvent<string>(socket, 'disconnect', { description: 'the socket to be disconnected' });
  return { reason: () => closed };
}
