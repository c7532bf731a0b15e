import { Injectable } from '@nestjs/common';

import { NotificationsGateway, STAFF_ROOM, userRoom } from './notifications.gateway';

/**
 * Sends live events to connected clients: to one user's sockets or to all staff, on every API
 * instance (through the Socket.io adapter). Best effort: an event for nobody online is dropped.
 */
@Injectable()
export class LiveNotifier {
  constructor(private readonly gateway: NotificationsGateway) {}

  toUser(userId: string, event: string, payload: object): void {
    this.gateway.server?.to(userRoom(userId)).emit(event, payload);
  }

  toStaff(event: string, payload: object): void {
    this.gateway.server?.to(STAFF_ROOM).emit(event, payload);
  }
}
