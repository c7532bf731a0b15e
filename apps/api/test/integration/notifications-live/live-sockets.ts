import { randomUUID } from 'node:crypto';

import { io, type Socket } from 'socket.io-client';

import type { Role } from '@healthsync/contracts/auth';

import { integrationDatabaseUrl } from '../../support/int-env';
import { openDataSource } from '../../support/test-database';
import type { TestApi } from '../../support/test-api';

/** Socket.io helpers shared by the live-notification integration specs. */

export const DELIVERY_WINDOW_MS = 1_000;

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

/** Every payload of `event` the socket receives within the window. */
export async function received(
  socket: Socket,
  event: string,
  windowMs = DELIVERY_WINDOW_MS,
): Promise<unknown[]> {
  const payloads: unknown[] = [];
  const listener = (payload: unknown) => payloads.push(payload);
  socket.on(event, listener);
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  socket.off(event, listener);
  return payloads;
}

export function nextEvent(socket: Socket, event: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${event} within ${DELIVERY_WINDOW_MS} ms`)),
      DELIVERY_WINDOW_MS,
    );
    socket.once(event, (payload: unknown) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/**
 * Watches a connected socket for its disconnection from now on; `reason()` resolves with why it
 * was closed (`io server disconnect` when the server closed it), or rejects if it is still open
 * after the window.
 */
export function watchDisconnect(socket: Socket): { reason(windowMs?: number): Promise<string> } {
  const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
  return {
    reason: (windowMs = DELIVERY_WINDOW_MS) =>
      Promise.race([
        closed,
        new Promise<string>((_, reject) =>
          setTimeout(() => reject(new Error(`still connected after ${windowMs} ms`)), windowMs).unref(),
        ),
      ]),
  };
}
