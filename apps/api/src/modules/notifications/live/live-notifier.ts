import { Injectable } from '@nestjs/common';

import type { LiveEventName, LiveEventPayloads } from '@healthsync/contracts/notifications/live-events';

import type { LiveMessage } from '../notification-listener';
import { NotificationsGateway, STAFF_ROOM, userRoom, type LiveServerEvents } from './notifications.gateway';

/**
 * Sends live events to connected clients: to one user's sockets or to all staff, on every API
 * instance (through the Socket.io adapter). Best effort: an event for nobody online is dropped.
 */
@Injectable()
export class LiveNotifier {
  constructor(private readonly gateway: NotificationsGateway) {}

  send(message: LiveMessage): void {
    if (message.audience === 'staff') this.toStaff(message.event, message.payload);
    else this.toUser(message.audience.userId, message.event, message.payload);
  }

  toUser<E extends LiveEventName>(userId: string, event: E, payload: LiveEventPayloads[E]): void {
    this.emit(userRoom(userId), event, payload);
  }

  toStaff<E extends LiveEventName>(event: E, payload: LiveEventPayloads[E]): void {
    this.emit(STAFF_ROOM, event, payload);
  }

  private emit<E extends LiveEventName>(room: string, event: E, payload: LiveEventPayloads[E]): void {
    // Socket.io cannot resolve its argument types for a generic event name; callers' are checked above.
    const args = [payload] as Parameters<LiveServerEvents[E]>;
    this.gateway.server?.to(room).emit(event, ...args);
  }
}
