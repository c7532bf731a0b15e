'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';

import {
  LIVE_EVENTS,
  type LiveEventName,
  type LiveEventPayloads,
} from '@healthsync/contracts/notifications/live-events';

import { LIVE_TICKET_PATH, type LiveConnection } from './live-connection';

/** A handler per live event, each given that event's payload as the contracts type it. */
export type LiveHandlers = { [E in LiveEventName]?: (payload: LiveEventPayloads[E]) => void };

/** Calls the handler of `event`, if any: the API sends each name with the payload the map gives it. */
function deliver(handlers: LiveHandlers, event: LiveEventName, payload: unknown): void {
  (handlers[event] as ((payload: unknown) => void) | undefined)?.(payload);
}

const NAMESPACE = '/notifications';
const RETRY_MS = [2_000, 5_000, 15_000, 30_000];

async function fetchConnection(): Promise<LiveConnection> {
  const response = await fetch(LIVE_TICKET_PATH, { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`live ticket refused (${response.status})`);
  return (await response.json()) as LiveConnection;
}

/**
 * One Socket.io connection per tab, shared by every component that listens, opened while at least
 * one listens. Every attempt, reconnects included, uses a fresh one-minute ticket from the portal.
 */
class SharedLiveConnection {
  private socket: Socket | undefined;
  private users = 0;
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private readonly handlers = new Set<LiveHandlers>();
  private readonly statusListeners = new Set<() => void>();
  connected = false;

  use(handlers: LiveHandlers): () => void {
    this.handlers.add(handlers);
    this.users += 1;
    if (this.users === 1) this.start();
    return () => {
      this.handlers.delete(handlers);
      this.users -= 1;
      // After the current render, so a navigation that unmounts one listener and mounts the next keeps the socket.
      setTimeout(() => {
        if (this.users === 0) this.stop();
      }, 1_000);
    };
  }

  onStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private setConnected(connected: boolean): void {
    this.connected = connected;
    for (const listener of this.statusListeners) listener();
  }

  private start(): void {
    if (this.socket) return;
    fetchConnection().then(
      (connection) => (this.users > 0 && !this.socket ? this.open(connection) : undefined),
      () => this.retryLater(() => this.start()),
    );
  }

  private open(first: LiveConnection): void {
    let pending: LiveConnection | undefined = first;
    const socket = io(`${first.url}${NAMESPACE}`, {
      transports: ['websocket'],
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
    this.socket = socket;
    socket.on('connect', () => {
      this.failures = 0;
      this.setConnected(true);
    });
    socket.on('disconnect', () => this.setConnected(false));
    // A refused ticket stops socket.io's own reconnection; try again later with a new one.
    socket.on('connect_error', () => {
      this.setConnected(false);
      if (!socket.active) this.retryLater(() => socket.connect());
    });
    for (const event of Object.values(LIVE_EVENTS)) {
      socket.on(event, (payload: unknown) => {
        for (const handlers of this.handlers) deliver(handlers, event, payload);
      });
    }
  }

  private retryLater(attempt: () => void): void {
    if (this.users === 0) return;
    const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 30_000;
    this.failures += 1;
    clearTimeout(this.retry);
    this.retry = setTimeout(attempt, delay);
  }

  private stop(): void {
    clearTimeout(this.retry);
    this.socket?.close();
    this.socket = undefined;
    this.failures = 0;
    this.setConnected(false);
  }
}

let shared: SharedLiveConnection | undefined;
const connection = () => (shared ??= new SharedLiveConnection());

/**
 * Subscribes to the signed-in user's live events (Socket.io namespace `/notifications`) and returns
 * whether the connection is up. Handlers may change between renders without resubscribing.
 */
export function useLiveEvents(handlers: LiveHandlers): boolean {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const forward: LiveHandlers = Object.fromEntries(
      Object.values(LIVE_EVENTS).map((event) => [
        event,
        (payload: unknown) => deliver(latest.current, event, payload),
      ]),
    );
    return connection().use(forward);
  }, []);
  return useSyncExternalStore(
    (listener) => connection().onStatus(listener),
    () => connection().connected,
    () => false,
  );
}
