import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';

import type { PublishedEvent } from '@healthsync/contracts/events';
import { channelsFor, notBefore } from '@healthsync/domain/notifications';

import { LOGGER } from '../../../common/logging/logger.token';
import type { Transaction } from '../../../database/unit-of-work';
import { DeliveriesRepository } from '../delivery/deliveries.repository';
import { NotificationsRepository } from '../inbox/notifications.repository';
import {
  NOTIFICATION_LISTENERS,
  type ListenerResult,
  type NotificationDraft,
  type NotificationListener,
} from '../notification-listener';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';

/**
 * What one event becomes: each listener's notifications and live messages, then the notifications
 * stored with a pending delivery on every channel the recipient's preferences allow.
 */
@Injectable()
export class EventNotifications {
  constructor(
    @Inject(NOTIFICATION_LISTENERS) private readonly listeners: NotificationListener[],
    private readonly notifications: NotificationsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly preferences: NotificationPreferencesService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** What the listeners make of the event. Outside any transaction: they ask other modules. */
  async draft(event: PublishedEvent): Promise<ListenerResult> {
    const result: ListenerResult = { notifications: [], live: [] };
    for (const listener of this.listeners.filter((candidate) => candidate.handles(event.type))) {
      const { notifications, live } = await listener.handle(event);
      result.notifications.push(...notifications);
      result.live.push(...live);
    }
    return result;
  }

  /** Stores the drafts in `tx`; a draft the event already gave its user is skipped. */
  async store(tx: Transaction, event: PublishedEvent, drafts: NotificationDraft[]): Promise<void> {
    for (const draft of drafts) await this.storeOne(tx, event, draft);
  }

  private async storeOne(tx: Transaction, event: PublishedEvent, draft: NotificationDraft): Promise<void> {
    const notificationId = await this.notifications.in(tx).insertForEvent(event.id, draft);
    if (!notificationId) return;
    const preferences = await this.preferences.get(draft.userId, tx);
    const deliveries = this.deliveries.in(tx);
    const now = new Date();
    for (const channel of channelsFor(preferences, draft.category)) {
      await deliveries.queue(notificationId, channel, notBefore(preferences, draft.category, channel, now));
    }
    this.logger.debug({ notificationId, type: draft.type }, 'notification queued');
  }
}
