import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';

import { LOGGER } from '../../../common/logging/logger.token';
import { AppConfig } from '../../../config/app-config';
import { UserContacts, type UserContact } from '../../accounts/user-contacts.repository';
import {
  NOTIFICATION_CHANNELS,
  PermanentDeliveryFailure,
  type ChannelName,
  type NotificationChannel,
  type OutgoingNotification,
} from '../channels/notification-channel';
import { DeliveriesRepository, type ClaimedDelivery } from './deliveries.repository';

export const MAX_ATTEMPTS = 5;
const LEASE_SECONDS = 60;
const MAX_ERROR_LENGTH = 500;
/** push → SMS → email: where a message goes when its channel has failed for good. */
const FALLBACK: Partial<Record<ChannelName, ChannelName>> = { push: 'sms', sms: 'email' };

/** Exponential backoff with jitter: about 2 s, 4 s, 8 s, 16 s… */
export function backoffMs(attempts: number): number {
  return 1000 * 2 ** attempts * (0.75 + Math.random() / 2);
}

/**
 * Delivers due notifications, at least once: a delivery is leased (claimed with SKIP LOCKED) before
 * it is sent, and a lease that lapses (the process died mid-send) makes it due again. Failures retry
 * with backoff; after the last attempt the delivery is failed and the next channel is tried.
 */
@Injectable()
export class DeliveryWorker {
  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly contacts: UserContacts,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Sends up to `limit` due deliveries; returns how many were attempted. */
  async deliverDue(limit = 50): Promise<number> {
    const claimed = await this.deliveries.claimDue(limit, LEASE_SECONDS);
    const contacts = await this.contacts.contactsOf(claimed.map((delivery) => delivery.userId));
    await Promise.all(claimed.map((delivery) => this.attempt(delivery, contacts.get(delivery.userId))));
    return claimed.length;
  }

  private async attempt(delivery: ClaimedDelivery, contact: UserContact | undefined): Promise<void> {
    const channel = this.channels.find((candidate) => candidate.name === delivery.channel);
    try {
      if (!channel) throw new PermanentDeliveryFailure(`No ${delivery.channel} channel`);
      if (!contact) throw new PermanentDeliveryFailure('recipient account not found');
      await channel.deliver(this.outgoing(delivery, contact));
      await this.deliveries.markDelivered(delivery.id);
    } catch (error) {
      await this.failed(delivery, error as Error);
    }
  }

  private async failed(delivery: ClaimedDelivery, error: Error): Promise<void> {
    const final = error instanceof PermanentDeliveryFailure || delivery.attempts >= MAX_ATTEMPTS;
    const message = error.message.slice(0, MAX_ERROR_LENGTH);
    if (!final) {
      const retryAt = new Date(Date.now() + backoffMs(delivery.attempts));
      await this.deliveries.scheduleRetry(delivery.id, message, retryAt);
      return;
    }
    await this.deliveries.markFailed(delivery.id, message);
    this.logger.warn(
      { deliveryId: delivery.id, channel: delivery.channel, attempts: delivery.attempts },
      'notification delivery failed',
    );
    const fallback = FALLBACK[delivery.channel];
    if (fallback) await this.deliveries.queue(delivery.notificationId, fallback, new Date());
  }

  private outgoing(delivery: ClaimedDelivery, contact: UserContact): OutgoingNotification {
    return {
      notificationId: delivery.notificationId,
      userId: delivery.userId,
      category: delivery.category,
      type: delivery.type,
      title: delivery.title,
      body: delivery.body,
      link: delivery.link ? `${this.config.portalUrl}${delivery.link}` : null,
      recipient: {
        name: contact.name,
        email: contact.email,
        phone: delivery.preferredPhone ?? contact.phone,
      },
    };
  }
}
