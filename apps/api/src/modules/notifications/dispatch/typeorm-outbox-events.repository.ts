import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import type { Page } from '@healthsync/contracts/common';
import type { DomainEventType, PublishedEvent } from '@healthsync/contracts/events';

import { pageOfRows } from '../../../database/rows';
import { managerOf } from '../../../database/typeorm-unit-of-work';
import type { Transaction } from '../../../database/unit-of-work';
import { OutboxEventsRepository, type ClaimedEvent, type ParkedEvent } from './outbox-events.repository';

interface OutboxRow {
  id: string;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  attempts: number;
  last_error: string | null;
  parked_at: Date | null;
}

const COLUMNS = `id::text AS id, event_type, aggregate_type, aggregate_id, payload, occurred_at, attempts, last_error, parked_at`;

function toPublishedEvent(row: OutboxRow): PublishedEvent {
  // The payload was written through EventOutbox with the type it is stored under.
  return {
    id: row.id,
    type: row.event_type as DomainEventType,
    aggregateType: row.aggregate_type as PublishedEvent['aggregateType'],
    aggregateId: row.aggregate_id,
    payload: row.payload as unknown as PublishedEvent['payload'],
    occurredAt: new Date(row.occurred_at),
  };
}

/** The event as listeners see it, with the untyped payload admins see and why it was parked. */
function toParkedEvent(row: OutboxRow): ParkedEvent {
  return {
    ...toPublishedEvent(row),
    payload: row.payload,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    parkedAt: new Date(row.parked_at ?? 0),
  };
}

@Injectable()
export class TypeOrmOutboxEventsRepository extends OutboxEventsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): OutboxEventsRepository {
    return new TypeOrmOutboxEventsRepository(managerOf(tx));
  }

  async nextDue(): Promise<ClaimedEvent | null> {
    // SKIP LOCKED passes over an event whose notifications another instance is storing right now.
    const [row] = (await this.db.query(
      `SELECT ${COLUMNS} FROM outbox_events
       WHERE dispatched_at IS NULL AND parked_at IS NULL AND next_attempt_at <= now()
       ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    )) as OutboxRow[];
    return row ? { event: toPublishedEvent(row), attempts: Number(row.attempts) } : null;
  }

  async lock(eventId: string): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT id FROM outbox_events WHERE id = $1 AND dispatched_at IS NULL AND parked_at IS NULL
       FOR UPDATE SKIP LOCKED`,
      [eventId],
    )) as unknown[];
    return rows.length > 0;
  }

  async markDispatched(eventId: string): Promise<void> {
    await this.db.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = $1`, [eventId]);
  }

  async scheduleRetry(eventId: string, attempts: number, lastError: string, retryAt: Date): Promise<void> {
    await this.db.query(
      `UPDATE outbox_events SET attempts = $2, last_error = $3, next_attempt_at = $4
       WHERE id = $1 AND dispatched_at IS NULL`,
      [eventId, attempts, lastError, retryAt],
    );
  }

  async park(eventId: string, attempts: number, lastError: string): Promise<void> {
    await this.db.query(
      `UPDATE outbox_events SET attempts = $2, last_error = $3, parked_at = now()
       WHERE id = $1 AND dispatched_at IS NULL`,
      [eventId, attempts, lastError],
    );
  }

  async listParked({ page, limit }: { page: number; limit: number }): Promise<Page<ParkedEvent>> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM outbox_events
       WHERE parked_at IS NOT NULL ORDER BY parked_at DESC, id DESC LIMIT $1 OFFSET $2`,
      [limit, (page - 1) * limit],
    )) as Array<OutboxRow & { total: string }>;
    return pageOfRows(rows, { page, limit }, toParkedEvent);
  }

  async unpark(eventId: string): Promise<boolean> {
    const rows = (await this.db.query(
      `WITH unparked AS (
         UPDATE outbox_events SET parked_at = NULL, attempts = 0, next_attempt_at = now()
         WHERE id = $1 AND parked_at IS NOT NULL RETURNING 1)
       SELECT count(*)::int AS count FROM unparked`,
      [eventId],
    )) as Array<{ count: number }>;
    return (rows[0]?.count ?? 0) > 0;
  }
}
