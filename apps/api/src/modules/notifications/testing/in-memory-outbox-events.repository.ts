import type { Page } from '@healthsync/contracts/common';
import type { DomainEvent, PublishedEvent } from '@healthsync/contracts/events';

import { pageOf } from '../../../database/testing/page-of';
import type { Transaction } from '../../../database/unit-of-work';
import {
  OutboxEventsRepository,
  type ClaimedEvent,
  type ParkedEvent,
} from '../dispatch/outbox-events.repository';

interface StoredEvent {
  event: PublishedEvent;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  dispatchedAt: Date | null;
  parkedAt: Date | null;
}

/** The outbox in memory, with the rules of the real one (oldest due first); `lock` refuses what `held` names. */
export class InMemoryOutboxEventsRepository extends OutboxEventsRepository {
  readonly events: StoredEvent[] = [];
  /** Events another instance is storing right now. */
  readonly held = new Set<string>();
  now = () => new Date();

  add(event: DomainEvent): PublishedEvent {
    const published = { ...event, id: String(this.events.length + 1), occurredAt: this.now() };
    this.events.push({
      event: published,
      attempts: 0,
      lastError: null,
      nextAttemptAt: this.now(),
      dispatchedAt: null,
      parkedAt: null,
    });
    return published;
  }

  stored(eventId: string): StoredEvent {
    const found = this.events.find((candidate) => candidate.event.id === eventId);
    if (!found) throw new Error(`no event ${eventId}`);
    return found;
  }

  in(_tx: Transaction): OutboxEventsRepository {
    return this;
  }

  async nextDue(): Promise<ClaimedEvent | null> {
    const due = this.events
      .filter(
        (stored) =>
          this.undone(stored) && !this.held.has(stored.event.id) && stored.nextAttemptAt <= this.now(),
      )
      .sort(
        (a, b) =>
          a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || Number(a.event.id) - Number(b.event.id),
      );
    const [first] = due;
    return first ? { event: first.event, attempts: first.attempts } : null;
  }

  async lock(eventId: string): Promise<boolean> {
    return this.undone(this.stored(eventId)) && !this.held.has(eventId);
  }

  async markDispatched(eventId: string): Promise<void> {
    this.stored(eventId).dispatchedAt = this.now();
  }

  async scheduleRetry(eventId: string, attempts: number, lastError: string, retryAt: Date): Promise<void> {
    Object.assign(this.stored(eventId), { attempts, lastError, nextAttemptAt: retryAt });
  }

  async park(eventId: string, attempts: number, lastError: string): Promise<void> {
    Object.assign(this.stored(eventId), { attempts, lastError, parkedAt: this.now() });
  }

  private undone(stored: StoredEvent): boolean {
    return !stored.dispatchedAt && !stored.parkedAt;
  }

  async listParked({ page, limit }: { page: number; limit: number }): Promise<Page<ParkedEvent>> {
    const parked = this.events.filter((stored) => stored.parkedAt).map(toParkedEvent);
    return pageOf(parked, { page, limit });
  }

  async unpark(eventId: string): Promise<boolean> {
    const stored = this.events.find((candidate) => candidate.event.id === eventId && candidate.parkedAt);
    if (!stored) return false;
    Object.assign(stored, { parkedAt: null, attempts: 0, nextAttemptAt: this.now() });
    return true;
  }
}

function toParkedEvent(stored: StoredEvent): ParkedEvent {
  const { event } = stored;
  return {
    id: event.id,
    type: event.type,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    payload: { ...event.payload },
    attempts: stored.attempts,
    lastError: stored.lastError,
    occurredAt: event.occurredAt,
    parkedAt: stored.parkedAt ?? new Date(0),
  };
}
