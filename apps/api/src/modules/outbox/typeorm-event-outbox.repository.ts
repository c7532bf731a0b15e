import { Injectable } from '@nestjs/common';

import type { DomainEvent, DomainEventType } from '@healthsync/contracts/events';

import { managerOf, markEventsWritten } from '../../database/typeorm-unit-of-work';
import type { Transaction } from '../../database/unit-of-work';
import { EventOutbox } from './event-outbox.repository';

@Injectable()
export class TypeOrmEventOutbox extends EventOutbox {
  publish<T extends DomainEventType>(tx: Transaction, event: DomainEvent<T>): Promise<void> {
    return this.publishAll(tx, [event]);
  }

  async publishAll(tx: Transaction, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    await managerOf(tx).query(
      `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::jsonb[])`,
      [
        events.map((event) => event.type),
        events.map((event) => event.aggregateType),
        events.map((event) => event.aggregateId),
        events.map((event) => JSON.stringify(event.payload)),
      ],
    );
    markEventsWritten(tx);
  }
}
