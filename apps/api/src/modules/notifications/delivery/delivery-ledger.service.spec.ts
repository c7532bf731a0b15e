import { randomUUID } from 'node:crypto';

import { CommonErrorCode, type PageQuery } from '@healthsync/contracts/common';
import type { DeliveryListQuery } from '@healthsync/contracts/notifications';

import { InMemoryDeliveriesRepository } from '../testing/in-memory-deliveries.repository';
import { DeliveryLedgerService } from './delivery-ledger.service';

const query = (changes: Partial<DeliveryListQuery> = {}) =>
  ({ page: 1, limit: 20, ...changes }) as PageQuery as DeliveryListQuery;

describe('DeliveryLedgerService', () => {
  it('lists deliveries by status and channel, with dates as ISO strings', async () => {
    const deliveries = new InMemoryDeliveriesRepository();
    const failed = deliveries.add({
      notificationId: randomUUID(),
      channel: 'email',
      status: 'failed',
      lastError: 'smtp down',
    });
    deliveries.add({ notificationId: randomUUID(), channel: 'sms', status: 'failed' });
    deliveries.add({ notificationId: randomUUID(), channel: 'email', status: 'delivered' });
    const page = await new DeliveryLedgerService(deliveries).list(
      query({ status: 'failed', channel: 'email' }),
    );
    expect(page.items).toEqual([
      expect.objectContaining({
        id: failed.id,
        lastError: 'smtp down',
        createdAt: failed.createdAt.toISOString(),
      }),
    ]);
  });

  it('queues a failed delivery again, and refuses one that has not failed', async () => {
    const deliveries = new InMemoryDeliveriesRepository();
    const ledger = new DeliveryLedgerService(deliveries);
    const failed = deliveries.add({
      notificationId: randomUUID(),
      channel: 'email',
      status: 'failed',
      attempts: 5,
    });
    const pending = deliveries.add({ notificationId: randomUUID(), channel: 'email' });
    await ledger.retry(failed.id);
    expect(deliveries.record(failed.id)).toMatchObject({ status: 'pending', attempts: 0 });
    await expect(ledger.retry(pending.id)).rejects.toMatchObject({ code: CommonErrorCode.NotFound });
  });
});
