import { randomUUID } from 'node:crypto';

import type { Page } from '@healthsync/contracts/common';
import type { NotificationChannelName } from '@healthsync/domain/notifications';

import { pageOf } from '../../../database/testing/page-of';
import type { Transaction } from '../../../database/unit-of-work';
import {
  DeliveriesRepository,
  type ClaimedDelivery,
  type DeliveryFilter,
  type DeliveryRecord,
} from '../delivery/deliveries.repository';

/** The delivery ledger in memory. `claimable` is what the next claim returns (the worker's tests set it). */
export class InMemoryDeliveriesRepository extends DeliveriesRepository {
  readonly records: DeliveryRecord[] = [];
  claimable: ClaimedDelivery[] = [];

  in(_tx: Transaction): DeliveriesRepository {
    return this;
  }

  record(deliveryId: string): DeliveryRecord | undefined {
    return this.records.find((candidate) => candidate.id === deliveryId);
  }

  add(
    changes: Partial<DeliveryRecord> & { notificationId: string; channel: NotificationChannelName },
  ): DeliveryRecord {
    const record: DeliveryRecord = {
      id: randomUUID(),
      userId: randomUUID(),
      type: 'test',
      status: 'pending',
      attempts: 0,
      lastError: null,
      nextAttemptAt: new Date(),
      deliveredAt: null,
      createdAt: new Date(),
      ...changes,
    };
    this.records.push(record);
    return record;
  }

  async queue(notificationId: string, channel: NotificationChannelName, notBefore: Date): Promise<void> {
    const exists = this.records.some(
      (record) => record.notificationId === notificationId && record.channel === channel,
    );
    if (!exists) this.add({ notificationId, channel, nextAttemptAt: notBefore });
  }

  async claimDue(limit: number): Promise<ClaimedDelivery[]> {
    return this.claimable.splice(0, limit);
  }

  async markDelivered(deliveryId: string): Promise<void> {
    this.update(deliveryId, { status: 'delivered', deliveredAt: new Date(), lastError: null });
  }

  async scheduleRetry(deliveryId: string, lastError: string, retryAt: Date): Promise<void> {
    this.update(deliveryId, { status: 'pending', lastError, nextAttemptAt: retryAt });
  }

  async markFailed(deliveryId: string, lastError: string): Promise<void> {
    this.update(deliveryId, { status: 'failed', lastError });
  }

  async list({ status, channel, page, limit }: DeliveryFilter): Promise<Page<DeliveryRecord>> {
    const matching = this.records.filter(
      (record) => (!status || record.status === status) && (!channel || record.channel === channel),
    );
    return pageOf(matching, { page, limit });
  }

  async retryFailed(deliveryId: string): Promise<boolean> {
    const record = this.record(deliveryId);
    if (record?.status !== 'failed') return false;
    Object.assign(record, { status: 'pending', attempts: 0, nextAttemptAt: new Date() });
    return true;
  }

  private update(deliveryId: string, changes: Partial<DeliveryRecord>): void {
    const record = this.record(deliveryId);
    if (record) Object.assign(record, changes);
    else this.add({ notificationId: randomUUID(), channel: 'email', ...changes, id: deliveryId });
  }
}
