import type { DomainEvent, DomainEventType } from '@healthsync/contracts/events';

import type { Transaction } from '../../../database/unit-of-work';
import { EventOutbox } from '../event-outbox.repository';

/** Keeps the published events in order, for specs to read. */
export class InMemoryEventOutbox extends EventOutbox {
  readonly events: DomainEvent[] = [];

  async publish<T extends DomainEventType>(_tx: Transaction, event: DomainEvent<T>): Promise<void> {
    this.events.push(event as DomainEvent);
  }

  async publishAll(_tx: Transaction, events: DomainEvent[]): Promise<void> {
    this.events.push(...events);
  }
}
