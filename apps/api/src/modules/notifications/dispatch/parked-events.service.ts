import { Injectable } from '@nestjs/common';

import type { Page, PageQuery } from '@healthsync/contracts/common';
import { NotificationErrorCode } from '@healthsync/contracts/notifications';
import { DomainError } from '@healthsync/domain/errors';

import { OutboxSignal } from '../../outbox/outbox-signal';
import type { ParkedEventView } from '../notifications.responses';
import { OutboxEventsRepository, type ParkedEvent } from './outbox-events.repository';

/** Outbox events parked after their last failed attempt, for admins: look at them, retry them. */
@Injectable()
export class ParkedEventsService {
  constructor(
    private readonly outbox: OutboxEventsRepository,
    private readonly signal: OutboxSignal,
  ) {}

  async list(query: PageQuery): Promise<Page<ParkedEventView>> {
    const page = await this.outbox.listParked({ page: query.page, limit: query.limit });
    return { ...page, items: page.items.map(toParkedEventView) };
  }

  /** Due again now, with a fresh count of attempts; this instance's dispatcher is woken for it. */
  async retry(eventId: string): Promise<void> {
    if (!(await this.outbox.unpark(eventId)))
      throw new DomainError(
        'not_found',
        NotificationErrorCode.ParkedEventNotFound,
        'No parked event with that id.',
      );
    this.signal.committed();
  }
}

function toParkedEventView(event: ParkedEvent): ParkedEventView {
  return {
    ...event,
    occurredAt: event.occurredAt.toISOString(),
    parkedAt: event.parkedAt.toISOString(),
  };
}
