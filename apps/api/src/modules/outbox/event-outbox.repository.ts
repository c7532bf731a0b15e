import type { DomainEvent, DomainEventType } from '@healthsync/contracts/events';

import type { Transaction } from '../../database/unit-of-work';

/**
 * The one writer of domain events. An event is written in the transaction of the change it
 * reports, so both commit or neither does; the notifications module's dispatcher delivers it later.
 */
export abstract class EventOutbox {
  abstract publish<T extends DomainEventType>(tx: Transaction, event: DomainEvent<T>): Promise<void>;
  abstract publishAll(tx: Transaction, events: DomainEvent[]): Promise<void>;
}
