import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Event types as the action names once wrote them, and their past-tense names in the domain-event registry. */
const RENAMED: ReadonlyArray<readonly [string, string]> = [
  ['appointment.confirm', 'appointment.confirmed'],
  ['appointment.check_in', 'appointment.checked_in'],
  ['appointment.start', 'appointment.started'],
  ['appointment.complete', 'appointment.completed'],
  ['appointment.cancel', 'appointment.cancelled'],
  ['appointment.reschedule', 'appointment.rescheduled'],
  ['appointment.reminder', 'appointment.reminder_due'],
];

/**
 * Outbox events and the notifications made from them take the registry's past-tense names
 * (`appointment.booked` and `appointment.no_show` keep theirs). Notification preferences are kept by
 * category, not by event type, so they need no change.
 */
export class PastTenseEventTypes1795800000000 implements MigrationInterface {
  name = 'PastTenseEventTypes1795800000000';

  async up(db: QueryRunner): Promise<void> {
    await rename(db, RENAMED);
  }

  async down(db: QueryRunner): Promise<void> {
    await rename(
      db,
      RENAMED.map(([old, renamed]) => [renamed, old] as const),
    );
  }
}

async function rename(db: QueryRunner, pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
  const from = pairs.map(([old]) => old);
  const to = pairs.map(([, renamed]) => renamed);
  await db.query(
    `UPDATE outbox_events e SET event_type = r.renamed
     FROM unnest($1::text[], $2::text[]) AS r (old, renamed) WHERE e.event_type = r.old`,
    [from, to],
  );
  await db.query(
    `UPDATE notifications n SET type = r.renamed
     FROM unnest($1::text[], $2::text[]) AS r (old, renamed) WHERE n.type = r.old`,
    [from, to],
  );
}
