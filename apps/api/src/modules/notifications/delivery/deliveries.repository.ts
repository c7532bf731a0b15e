import type { Page } from '@healthsync/contracts/common';
import type { DeliveryView } from '@healthsync/contracts/notifications';
import type { DeliveryStatusName } from '@healthsync/contracts/notifications/notifications.dto';
import type { NotificationChannelName } from '@healthsync/domain/notifications';

import type { WithDates } from '../../../common/with-dates';
import type { Transaction } from '../../../database/unit-of-work';
import type { NotificationDraft } from '../notification-listener';

/** A delivery leased for sending, with the notification it carries (as its listener drafted it). */
export interface ClaimedDelivery extends Omit<NotificationDraft, 'data'> {
  id: string;
  notificationId: string;
  channel: NotificationChannelName;
  /** Attempts so far, this one included. */
  attempts: number;
  /** The phone number the user gave in their notification preferences, if any. */
  preferredPhone: string | null;
}

/** One row of the delivery ledger: the admin's view of it, its times as Dates. */
export type DeliveryRecord = WithDates<DeliveryView, 'nextAttemptAt' | 'deliveredAt' | 'createdAt'>;

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
