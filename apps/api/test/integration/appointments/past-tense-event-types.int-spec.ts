import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { dropTestDatabase } from '@healthsync/testing/services/test-services';

import { PastTenseEventTypes1795800000000 } from '../../../src/database/migrations/1795800000000-past-tense-event-types';
import { createMigratedDatabase, openDataSource } from '../../support/test-database';

/** Events and notifications stored under the old action names take the registry's past-tense names, and back. */
describe('the past-tense event types migration', () => {
  let url: string;
  let db: DataSource;

  beforeAll(async () => {
    url = await createMigratedDatabase('hs_int_event_names');
    db = await openDataSource(url);
  });

  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(url);
  });

  async function typesStored(): Promise<{ events: string[]; notifications: string[] }> {
    const events = (await db.query(`SELECT event_type FROM outbox_events ORDER BY id`)) as Array<{
      event_type: string;
    }>;
    const notifications = (await db.query(
      `SELECT type FROM notifications ORDER BY created_at, title`,
    )) as Array<{
      type: string;
    }>;
    return {
      events: events.map((row) => row.event_type),
      notifications: notifications.map((row) => row.type),
    };
  }

  it('renames the old types in the outbox and the notifications, leaving the others, and undoes it', async () => {
    const old = [
      'appointment.booked',
      'appointment.confirm',
      'appointment.cancel',
      'appointment.reminder',
      'invoice.issued',
    ];
    const [user] = (await db.query(
      `INSERT INTO users (email, role, first_name, last_name) VALUES ('names@clinic.test', 'patient', 'Pat', 'Names') RETURNING id`,
    )) as Array<{ id: string }>;
    for (const [index, type] of old.entries()) {
      const [event] = (await db.query(
        `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload) VALUES ($1, 'appointment', $2, '{}') RETURNING id`,
        [type, randomUUID()],
      )) as Array<{ id: string }>;
      await db.query(
        `INSERT INTO notifications (user_id, event_id, category, type, title, body) VALUES ($1, $2, 'appointments', $3, $4, '')`,
        [user?.id, event?.id, type, `n${index}`],
      );
    }
    const migration = new PastTenseEventTypes1795800000000();
    const runner = db.createQueryRunner();

    await migration.up(runner);
    const renamed = [
      'appointment.booked',
      'appointment.confirmed',
      'appointment.cancelled',
      'appointment.reminder_due',
      'invoice.issued',
    ];
    expect(await typesStored()).toEqual({ events: renamed, notifications: renamed });

    await migration.down(runner);
    expect(await typesStored()).toEqual({ events: old, notifications: old });
    await runner.release();
  });
});
