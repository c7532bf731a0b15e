import type { EntityManager } from 'typeorm';

/** A domain event, written in the same transaction as the change it reports. */
export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/**
 * The outbox: events commit (or roll back) with their change, and a dispatcher delivers them later
 * (the notifications module). Callers pass the transaction's EntityManager.
 */
export async function addToOutbox(tx: EntityManager, event: DomainEvent): Promise<void> {
  await tx.query(
    `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload) VALUES ($1, $2, $3, $4::jsonb)`,
    [event.type, event.aggregateType, event.aggregateId, JSON.stringify(event.payload)],
  );
}
