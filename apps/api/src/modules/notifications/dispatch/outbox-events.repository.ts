import type { Page } from '@healthsync/contracts/common';
import type { PublishedEvent } from '@healthsync/contracts/events';
import type { ParkedEventView } from '@healthsync/contracts/notifications';

import type { WithDates } from '../../../common/with-dates';
import type { Transaction } from '../../../database/unit-of-work';

/** An event claimed for dispatch, with how often its handling has failed so far. */
export interface ClaimedEvent {
  event: PublishedEvent;
  attempts: number;
}

/** An event that failed its last attempt and waits for an admin: the admin's view of it, its times as Dates. */
export type ParkedEvent = WithDates<ParkedEventView, 'occurredAt' | 'parkedAt'>;

/** The outbox as the dispatcher reads it: claim what is due, mark it done, count failures, park, retry. */
export abstract class OutboxEventsRepository {
  /** This repository bound to the transaction. */
  abstract in(tx: Transaction): OutboxEventsRepository;

  /**
   * The oldest event due (not dispatched, not parked, its retry time reached). It is not locked:
   * listeners work on it outside any transaction, and `lock` then decides which instance stores it.
   */
  abstract nextDue(): Promise<ClaimedEvent | null>;

  /**
   * In a transaction: locks the event if it is still undispatched and not parked, until the
   * transaction ends; false when another instance holds it or has dispatched it.
   */
  abstract lock(eventId: string): Promise<boolean>;

  abstract markDispatched(eventId: string): Promise<void>;

  /** A failed attempt: counted, with its error, and the event due again at `retryAt`. */
  abstract scheduleRetry(eventId: string, attempts: number, lastError: string, retryAt: Date): Promise<void>;

  /** The last failed attempt: counted, with its error, and the event parked. */
  abstract park(eventId: string, attempts: number, lastError: string): Promise<void>;

  /** Parked events, most recently parked first. */
  abstract listParked(page: { page: number; limit: number }): Promise<Page<ParkedEvent>>;

  /** Unparks an event, due now with a fresh count of attempts; false if no parked event has that id. */
  abstract unpark(eventId: string): Promise<boolean>;
}
