import type { Page } from '@healthsync/contracts/common';
import type { DeliveryStatusName } from '@healthsync/contracts/notifications/notifications.dto';
import type { NotificationCategoryName, NotificationChannelName } from '@healthsync/domain/notifications';

import type { Transaction } from '../../../database/unit-of-work';

/** A delivery leased for sending, with the notification it carries. */
export interface ClaimedDelivery {
  id: string;
  notificationId: string;
  channel: NotificationChannelName;
  /** Attempts so far, this one included. */
  attempts: number;
  userId: string;
  category: NotificationCategoryName;
  type: string;
  title: string;
  body: string;
  link: string | null;
  /** The phone number the user gave in their notification preferences, if any. */
  preferredPhone: string | null;
}

/** One row of the delivery ledger. */
export interface DeliveryRecord {
  id: string;
  notificationId: string;
  userId: string;
  type: string;
  channel: NotificationChannelName;
  status: DeliveryStatusName;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface DeliveryFilter {
  status?: DeliveryStatusName;
  channel?: NotificationChannelName;
  page: number;
  limit: number;
}

/** The delivery ledger: one row per notification and channel, leased while it is being sent. */
export abstract class DeliveriesRepository {
  abstract in(tx: Transaction): DeliveriesRepository;

  /** A pending delivery on the channel, due at `notBefore`; nothing if the channel already has one. */
  abstract queue(notificationId: string, channel: NotificationChannelName, notBefore: Date): Promise<void>;

  /**
   * Leases up to `limit` due deliveries (pending and due, or sending with a lapsed lease) for
   * `leaseSeconds`, counting the attempt; deliveries another worker holds are skipped.
   */
  abstract claimDue(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]>;

  abstract markDelivered(deliveryId: string): Promise<void>;

  abstract scheduleRetry(deliveryId: string, lastError: string, retryAt: Date): Promise<void>;

  abstract markFailed(deliveryId: string, lastError: string): Promise<void>;

  /** The ledger, newest first. */
  abstract list(filter: DeliveryFilter): Promise<Page<DeliveryRecord>>;

  /** Puts a failed delivery back in the queue, due now, with a fresh count; false if none failed with that id. */
  abstract retryFailed(deliveryId: string): Promise<boolean>;
}
