'use client';

import { useEffect, useRef, useState } from 'react';

import { io, type Socket } from 'socket.io-client';

import { LIVE_EVENTS } from '@healthsync/contracts/notifications/notifications.responses';

import { LIVE_TICKET_PATH, type LiveConnection } from './live-connection';

type LiveEventName = (typeof LIVE_EVENTS)[keyof typeof LIVE_EVENTS];
export type LiveHandlers = Partial<Record<LiveEventName, (payload: unknown) => void>>;

const NAMESPACE = '/notifications';
const RETRY_MS = [2_000, 5_000, 15_000, 30_000];

async function fetchConnection(): Promise<LiveConnection> {
  const response = await fetch(LIVE_TICKET_PATH, { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`live ticket refused (${response.status})`);
  return (await response.json()) as LiveConnection;
}

/**
 * Subscribes to the signed-in user's live events (Socket.io namespace `/notifications`). Every
 * connection attempt, reconnects included, uses a fresh one-minute ticket from the portal server.
 * Returns whether the connection is up. Handlers may change between renders without reconnecting.
 */
export function useLiveEvents(handlers: LiveHandlers): boolean {
  const latest = useRef(handlers);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let socket: Socket | undefined;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;

    const retryLater = (start: () => void) => {
      if (stopped) return;
      const delay = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 30_000;
      failures += 1;
      retry = setTimeout(start, delay);
    };

    const open = (first: LiveConnection) => {
      let pending: LiveConnection | undefined = first;
      socket = io(`${first.url}${NAMESPACE}`, {
        transports: ['websocket'],
        withCredentials: false,
        // Called before every attempt: the first ticket once, then a fresh one each time.
        auth: (send) => {
          const ticket = pending;
          pending = undefined;
          (ticket ? Promise.resolve(ticket) : fetchConnection()).then(
            (connection) => send({ token: connection.ticket }),
            () => send({}),
          );
        },
      });
      socket.on('connect', () => {
        failures = 0;
        setConnected(true);
      });
      socket.on('disconnect', () => setConnected(false));
      // A refused ticket stops socket.io's own reconnection; try again with a new one later.
      socket.on('connect_error', () => {
        setConnected(false);
        if (!socket?.active) retryLater(() => socket?.connect());
      });
      for (const event of Object.values(LIVE_EVENTS)) {
        socket.on(event, (payload: unknown) => latest.current[event]?.(payload));
      }
    };

    const start = () => {
      fetchConnection().then(
        (connection) => (stopped ? undefined : open(connection)),
        () => retryLater(start),
      );
    };
    start();

    return () => {
      stopped = true;
      clearTimeout(retry);
      socket?.close();
    };
  }, []);

  return connected;
}

/** A same-page signal that the unread count is now known (after marking read), for the header's bell. */
const UNREAD_EVENT = 'healthsync:unread';

export function announceUnread(unread: number): void {
  window.dispatchEvent(new CustomEvent<number>(UNREAD_EVENT, { detail: unread }));
}

export function onUnreadAnnounced(listener: (unread: number) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<number>).detail);
  window.addEventListener(UNREAD_EVENT, handle);
  return () => window.removeEventListener(UNREAD_EVENT, handle);
}
