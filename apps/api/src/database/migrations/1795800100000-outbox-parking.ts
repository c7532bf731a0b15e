import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox event whose handling fails is retried after a growing wait (`next_attempt_at`) and, after
 * the last attempt, parked (`parked_at`) until an admin retries it: one bad event no longer blocks
 * the others. The dispatcher's claim reads the partial index of events due.
 */
export class OutboxParking1795800100000 implements MigrationInterface {
  name = 'OutboxParking1795800100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE outbox_events ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN parked_at timestamptz`,
    );
    await db.query(`DROP INDEX outbox_events_undispatched`);
    await db.query(
      `CREATE INDEX outbox_events_due ON outbox_events (next_attempt_at, id) WHERE dispatched_at IS NULL AND parked_at IS NULL`,
    );
    await db.query(`CREATE INDEX outbox_events_parked ON outbox_events (parked_at DESC, id) WHERE parked_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_events_parked`);
    await db.query(`DROP INDEX outbox_events_due`);
    await db.query(`CREATE INDEX outbox_events_undispatched ON outbox_events (id) WHERE dispatched_at IS NULL`);
    await db.query(`ALTER TABLE outbox_events DROP COLUMN next_attempt_at, DROP COLUMN parked_at`);
  }
}
