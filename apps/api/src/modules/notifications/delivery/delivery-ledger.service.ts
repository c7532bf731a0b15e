import { Injectable } from '@nestjs/common';

import { CommonErrorCode, type Page } from '@healthsync/contracts/common';
import type { DeliveryListQuery } from '@healthsync/contracts/notifications';
import { DomainError } from '@healthsync/domain/errors';

import type { DeliveryView } from '../notifications.responses';
import { DeliveriesRepository, type DeliveryRecord } from './deliveries.repository';

/** The delivery ledger for admins: what was sent on which channel, and failed deliveries to retry. */
@Injectable()
export class DeliveryLedgerService {
  constructor(private readonly deliveries: DeliveriesRepository) {}

  async list(query: DeliveryListQuery): Promise<Page<DeliveryView>> {
    const page = await this.deliveries.list({
      status: query.status,
      channel: query.channel,
      page: query.page,
      limit: query.limit,
    });
    return { ...page, items: page.items.map(toDeliveryView) };
  }

  /** Puts a failed delivery back in the queue, due now, with a fresh count of attempts. */
  async retry(deliveryId: string): Promise<void> {
    if (!(await this.deliveries.retryFailed(deliveryId)))
      throw new DomainError('not_found', CommonErrorCode.NotFound, 'No failed delivery with that id.');
  }
}

function toDeliveryView(delivery: DeliveryRecord): DeliveryView {
  return {
    ...delivery,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  };
}
