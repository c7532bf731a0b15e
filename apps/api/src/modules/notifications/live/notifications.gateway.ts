import { Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';

import { STAFF_ROLES } from '@healthsync/contracts/auth';
import type { LiveEventName, LiveEventPayloads } from '@healthsync/contracts/notifications/live-events';

import type { AuthContext } from '../../../common/auth/auth-context';
import { SessionEndSignal, type EndedSessions } from '../../auth/session-end-signal';
import { SocketAuthenticator } from './socket-authenticator';

export const NOTIFICATIONS_NAMESPACE = '/notifications';
export const STAFF_ROOM = 'staff';
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

export interface LiveSocketData {
  auth: AuthContext;
}

/** Server → client only, typed by the contracts' map: nothing is listened for on these sockets. */
export type LiveServerEvents = { [E in LiveEventName]: (payload: LiveEventPayloads[E]) => void };
type LiveNamespace = Namespace<
  Record<string, never>,
  LiveServerEvents,
  Record<string, never>,
  LiveSocketData
>;
type LiveSocket = Socket<Record<string, never>, LiveServerEvents, Record<string, never>, LiveSocketData>;

/**
 * Live in-app notifications. A socket is admitted only with a valid access token (refused ones get
 * `connect_error` "unauthorized"), then joins its session's and its user's rooms, and staff also the
 * staff room. When sessions end, their sockets are disconnected on every instance (through the
 * adapter). CORS is the API's (`CORS_ORIGINS`), applied by `RedisIoAdapter` to the Socket.io server.
 */
@WebSocketGateway({ namespace: NOTIFICATIONS_NAMESPACE })
export class NotificationsGateway
  implements OnGatewayInit<LiveNamespace>, OnGatewayConnection<LiveSocket>, OnModuleDestroy
{
  private readonly logger = new Logger(NotificationsGateway.name);
  private readonly stopListening: () => void;

  @WebSocketServer()
  server?: LiveNamespace;

  constructor(
    private readonly authenticator: SocketAuthenticator,
    sessionEnds: SessionEndSignal,
  ) {
    this.stopListening = sessionEnds.onEnded((ended) => this.disconnectEnded(ended));
  }

  onModuleDestroy(): void {
    this.stopListening();
  }

  afterInit(namespace: LiveNamespace): void {
    namespace.use((socket, next) => {
      this.authenticator.authenticate(socket.handshake).then(
        (auth) => {
          if (!auth) return next(new Error('unauthorized'));
          socket.data.auth = auth;
          next();
        },
        (error: unknown) => {
          this.logger.warn(
            `socket authentication failed: ${error instanceof Error ? error.message : 'unknown'}`,
          );
          next(new Error('unauthorized'));
        },
      );
    });
  }

  /**
   * Runs synchronously on connection, so the rooms are joined before any event can be sent. The
   * session is checked once more after joining: a sign-out that landed between the handshake's
   * check and the join found no socket in the session's room, and is caught here instead.
   */
  handleConnection(socket: LiveSocket): void {
    const { auth } = socket.data;
    void socket.join([sessionRoom(auth.sessionId), userRoom(auth.userId)]);
    if (STAFF_ROLES.includes(auth.role)) void socket.join(STAFF_ROOM);
    this.authenticator.isCurrent(auth).then(
      (current) => {
        if (!current) socket.disconnect(true);
      },
      () => socket.disconnect(true),
    );
  }

  private disconnectEnded({ userId, sessionIds, everySession }: EndedSessions): void {
    const rooms = everySession ? [userRoom(userId)] : sessionIds.map(sessionRoom);
    if (rooms.length > 0) this.server?.in(rooms).disconnectSockets(true);
  }
}
