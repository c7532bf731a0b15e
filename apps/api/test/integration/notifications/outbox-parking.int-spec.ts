import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { DomainEventType } from '@healthsync/contracts/events';
import { NotificationErrorCode } from '@healthsync/contracts/notifications';
import { MAX_DISPATCH_ATTEMPTS } from '@healthsync/domain/notifications';
import { appointmentBooked } from '@healthsync/testing/events/appointment-booked';
import { dropTestDatabase } from '@healthsync/testing/services/test-services';

import { TypeOrmUnitOfWork } from '../../../src/database/typeorm-unit-of-work';
import { TypeOrmDeliveriesRepository } from '../../../src/modules/notifications/delivery/typeorm-deliveries.repository';
import type { OutboxDispatcher } from '../../../src/modules/notifications/dispatch/outbox-dispatcher';
import { ParkedEventsService } from '../../../src/modules/notifications/dispatch/parked-events.service';
import { TypeOrmOutboxEventsRepository } from '../../../src/modules/notifications/dispatch/typeorm-outbox-events.repository';
import { TypeOrmNotificationsRepository } from '../../../src/modules/notifications/inbox/typeorm-notifications.repository';
import type { LiveMessage } from '../../../src/modules/notifications/notification-listener';
import { TypeOrmNotificationPreferencesRepository } from '../../../src/modules/notifications/preferences/typeorm-notification-preferences.repository';
import { PoisonableBookingListener } from '../../../src/modules/notifications/testing/poisonable-booking-listener';
import { wiredOutboxDispatcher } from '../../../src/modules/notifications/testing/wired-outbox-dispatcher';
import { OutboxSignal } from '../../../src/modules/outbox/outbox-signal';
import { TypeOrmEventOutbox } from '../../../src/modules/outbox/typeorm-event-outbox.repository';
import { createMigratedDatabase, openDataSource } from '../../support/test-database';

/**
 * One event whose listener throws must not hold up the others: they are dispatched, it is retried
 * with a growing wait, parked after MAX_DISPATCH_ATTEMPTS, listed for admins, and an admin's retry
 * puts it back — on the real PostgreSQL, in a database of its own (the dispatcher takes every due event).
 */
describe('a poison event in the outbox', () => {
  let url: string;
  let db: DataSource;
  let listener: PoisonableBookingListener;
  let dispatcher: OutboxDispatcher;
  let parkedEvents: ParkedEventsService;
  let sentLive: LiveMessage[];

  beforeAll(async () => {
    url = await createMigratedDatabase('hs_int_parking');
    db = await openDataSource(url);
    const [user] = (await db.query(
      `INSERT INTO users (email, role, first_name, last_name) VALUES ($1, 'patient', 'Pia', 'Park') RETURNING id`,
      [`parking-${randomUUID()}@example.test`],
    )) as Array<{ id: string }>;
    listener = new PoisonableBookingListener(user?.id ?? '');
    const outbox = new TypeOrmOutboxEventsRepository(db.manager);
    const wired = wiredOutboxDispatcher(
      {
        unitOfWork: new TypeOrmUnitOfWork(db, new OutboxSignal()),
        outbox,
        notifications: new TypeOrmNotificationsRepository(db.manager),
        deliveries: new TypeOrmDeliveriesRepository(db.manager),
        preferences: new TypeOrmNotificationPreferencesRepository(db.manager),
      },
      [listener],
    );
    dispatcher = wired.dispatcher;
    sentLive = wired.sent;
    parkedEvents = new ParkedEventsService(outbox, new OutboxSignal());
  });
  afterAll(async () => {
    await db?.destroy();
    if (url) await dropTestDatabase(url);
  });

  async function publish(...appointmentIds: string[]): Promise<Map<string, string>> {
    await new TypeOrmUnitOfWork(db, new OutboxSignal()).run((tx) =>
      new TypeOrmEventOutbox().publishAll(
        tx,
        appointmentIds.map((id) => appointmentBooked(id)),
      ),
    );
    const rows = (await db.query(
      `SELECT id::text AS id, aggregate_id FROM outbox_events WHERE aggregate_id = ANY($1::uuid[])`,
      [appointmentIds],
    )) as Array<{ id: string; aggregate_id: string }>;
    return new Map(rows.map((row) => [row.aggregate_id, row.id]));
  }

  const outboxRow = async (eventId: string) =>
    (
      (await db.query(
        `SELECT dispatched_at, parked_at, attempts, last_error, next_attempt_at FROM outbox_events WHERE id = $1`,
        [eventId],
      )) as Array<{
        dispatched_at: Date | null;
        parked_at: Date | null;
        attempts: number;
        last_error: string | null;
        next_attempt_at: Date;
      }>
    )[0];

  const notified = async (appointmentId: string) =>
    (
      (await db.query(`SELECT 1 FROM notifications WHERE data->>'appointmentId' = $1`, [
        appointmentId,
      ])) as unknown[]
    ).length;

  const liveAppointments = () =>
    sentLive.map((message) => ('appointmentId' in message.payload ? message.payload.appointmentId : null));

  const makeDue = (eventId: string) =>
    db.query(`UPDATE outbox_events SET next_attempt_at = now() WHERE id = $1`, [eventId]);

  it('dispatches the others, retries the bad one with a growing wait, parks it after the last attempt, and lists it', async () => {
    const [before, bad, after] = [randomUUID(), randomUUID(), randomUUID()];
    listener.poisoned.add(bad);
    const ids = await publish(before, bad, after);
    const badId = ids.get(bad) ?? '';

    expect(await dispatcher.dispatch()).toBe(3);
    expect(await notified(before)).toBe(1);
    expect(await notified(after)).toBe(1);
    expect(await notified(bad)).toBe(0);
    expect((await outboxRow(ids.get(after) ?? ''))?.dispatched_at).not.toBeNull();
    expect(liveAppointments()).toEqual([before, after]);

    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_DISPATCH_ATTEMPTS; attempt += 1) {
      const row = await outboxRow(badId);
      expect(row).toMatchObject({
        attempts: attempt,
        last_error: `cannot handle ${bad}`,
        dispatched_at: null,
      });
      if (attempt === MAX_DISPATCH_ATTEMPTS) break;
      expect(row?.parked_at).toBeNull();
      waits.push(new Date(row?.next_attempt_at ?? 0).getTime() - Date.now());
      expect(await dispatcher.dispatch()).toBe(0); // not due yet: the wait holds
      await makeDue(badId);
      expect(await dispatcher.dispatch()).toBe(1);
    }
    for (let index = 1; index < waits.length; index += 1)
      expect(waits[index]).toBeGreaterThan(waits[index - 1] ?? 0);

    expect((await outboxRow(badId))?.parked_at).not.toBeNull();
    await makeDue(badId);
    expect(await dispatcher.dispatch()).toBe(0); // parked: never claimed again on its own

    const parked = await parkedEvents.list({ page: 1, limit: 20 });
    expect(parked.total).toBe(1);
    expect(parked.items).toEqual([
      expect.objectContaining({
        id: badId,
        type: DomainEventType.AppointmentBooked,
        aggregateId: bad,
        attempts: MAX_DISPATCH_ATTEMPTS,
        lastError: `cannot handle ${bad}`,
        payload: expect.objectContaining({ appointmentId: bad }),
      }),
    ]);
    expect(liveAppointments()).not.toContain(bad);
  });

  it("puts a parked event back on an admin's retry, and dispatches it once it can be handled", async () => {
    const [parked] = (await parkedEvents.list({ page: 1, limit: 20 })).items;
    const appointmentId = parked?.aggregateId ?? '';
    listener.poisoned.delete(appointmentId);

    await parkedEvents.retry(parked?.id ?? '');
    expect(await outboxRow(parked?.id ?? '')).toMatchObject({ parked_at: null, attempts: 0 });
    expect((await parkedEvents.list({ page: 1, limit: 20 })).total).toBe(0);

    expect(await dispatcher.dispatch()).toBe(1);
    expect((await outboxRow(parked?.id ?? ''))?.dispatched_at).not.toBeNull();
    expect(await notified(appointmentId)).toBe(1);
    expect(liveAppointments().at(-1)).toBe(appointmentId);
  });

  it('refuses to retry an event that is not parked', async () => {
    const ids = await publish(randomUUID());
    const [eventId] = [...ids.values()];
    await expect(parkedEvents.retry(eventId ?? '')).rejects.toMatchObject({
      code: NotificationErrorCode.ParkedEventNotFound,
    });
    await expect(parkedEvents.retry('999999999')).rejects.toMatchObject({
      code: NotificationErrorCode.ParkedEventNotFound,
    });
  });
});
