import { randomUUID } from 'node:crypto';

import { MAX_DISPATCH_ATTEMPTS } from '@healthsync/domain/notifications';
import { appointmentBooked as booked } from '@healthsync/testing/events/appointment-booked';

import { InMemoryUnitOfWork } from '../../../database/testing/in-memory-unit-of-work';
import { InMemoryDeliveriesRepository } from '../testing/in-memory-deliveries.repository';
import { InMemoryNotificationPreferencesRepository } from '../testing/in-memory-notification-preferences.repository';
import { InMemoryNotificationsRepository } from '../testing/in-memory-notifications.repository';
import { InMemoryOutboxEventsRepository } from '../testing/in-memory-outbox-events.repository';
import { PoisonableBookingListener } from '../testing/poisonable-booking-listener';
import { wiredOutboxDispatcher } from '../testing/wired-outbox-dispatcher';

const USER = randomUUID();

function setUp() {
  const outbox = new InMemoryOutboxEventsRepository();
  const notifications = new InMemoryNotificationsRepository();
  const deliveries = new InMemoryDeliveriesRepository();
  const preferences = new InMemoryNotificationPreferencesRepository();
  const listener = new PoisonableBookingListener(USER);
  const { dispatcher, sent } = wiredOutboxDispatcher(
    { unitOfWork: new InMemoryUnitOfWork(), outbox, notifications, deliveries, preferences },
    [listener],
  );
  return { outbox, notifications, deliveries, preferences, listener, sent, dispatcher };
}

describe('OutboxDispatcher', () => {
  it('turns each event into notifications, a delivery per allowed channel, and live messages', async () => {
    const { outbox, notifications, deliveries, sent, dispatcher } = setUp();
    const event = outbox.add(booked());

    expect(await dispatcher.dispatch()).toBe(1);

    expect(outbox.stored(event.id).dispatchedAt).not.toBeNull();
    expect(notifications.entries).toHaveLength(1);
    expect(deliveries.records.map((record) => record.channel).sort()).toEqual(['email', 'in_app']);
    expect(sent).toEqual([expect.objectContaining({ audience: 'staff', event: 'appointment.changed' })]);
  });

  it('holds back interrupting channels until quiet hours end, per the recipient’s preferences', async () => {
    const { outbox, preferences, deliveries, dispatcher } = setUp();
    const hour = new Date().getUTCHours();
    const wall = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
    const aroundNow = { start: wall(hour), end: wall(hour + 2), timeZone: 'UTC' };
    preferences.byUser.set(USER, {
      channels: {},
      emailConsent: true,
      smsConsent: false,
      phone: null,
      quietHours: aroundNow,
    });
    outbox.add(booked());
    await dispatcher.dispatch();
    const email = deliveries.records.find((record) => record.channel === 'email');
    const inApp = deliveries.records.find((record) => record.channel === 'in_app');
    expect(email?.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now());
    expect(inApp?.nextAttemptAt?.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('stores one notification per event and user, however often the event is replayed', async () => {
    const { outbox, notifications, deliveries, dispatcher } = setUp();
    const event = outbox.add(booked());
    await dispatcher.dispatch();
    outbox.stored(event.id).dispatchedAt = null; // a crash after the work, before the commit was seen
    await dispatcher.dispatch();
    expect(notifications.entries).toHaveLength(1);
    expect(deliveries.records).toHaveLength(2);
  });

  it('lets the other events through when a listener throws, and retries the bad one later', async () => {
    const { outbox, listener, sent, dispatcher } = setUp();
    const [first, bad, last] = [outbox.add(booked()), outbox.add(booked()), outbox.add(booked())];
    listener.poisoned.add(bad.aggregateId);

    expect(await dispatcher.dispatch()).toBe(3);

    expect(outbox.stored(first.id).dispatchedAt).not.toBeNull();
    expect(outbox.stored(last.id).dispatchedAt).not.toBeNull();
    expect(outbox.stored(bad.id)).toMatchObject({
      dispatchedAt: null,
      parkedAt: null,
      attempts: 1,
      lastError: `cannot handle ${bad.aggregateId}`,
    });
    expect(outbox.stored(bad.id).nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(
      sent.map((message) => ('appointmentId' in message.payload ? message.payload.appointmentId : '')),
    ).toEqual([first.aggregateId, last.aggregateId]);
    expect(await dispatcher.dispatch()).toBe(0);
  });

  it('parks an event after its last attempt', async () => {
    const { outbox, listener, dispatcher } = setUp();
    const bad = outbox.add(booked());
    listener.poisoned.add(bad.aggregateId);
    for (let attempt = 1; attempt <= MAX_DISPATCH_ATTEMPTS; attempt += 1) {
      outbox.stored(bad.id).nextAttemptAt = new Date(0);
      expect(await dispatcher.dispatch()).toBe(1);
    }
    expect(outbox.stored(bad.id)).toMatchObject({ attempts: MAX_DISPATCH_ATTEMPTS, dispatchedAt: null });
    expect(outbox.stored(bad.id).parkedAt).not.toBeNull();
    outbox.stored(bad.id).nextAttemptAt = new Date(0);
    expect(await dispatcher.dispatch()).toBe(0);
  });

  it('leaves an event to the instance that locked it first, storing and announcing nothing itself', async () => {
    const { outbox, notifications, sent, dispatcher } = setUp();
    const event = outbox.add(booked());
    const lock = outbox.lock.bind(outbox);
    outbox.lock = async (eventId) => {
      outbox.held.add(eventId); // another instance locked it while the listeners ran here
      return lock(eventId);
    };
    expect(await dispatcher.dispatch()).toBe(1);
    expect(notifications.entries).toEqual([]);
    expect(sent).toEqual([]);
    expect(outbox.stored(event.id)).toMatchObject({ dispatchedAt: null, attempts: 0 });
  });

  it('fails the round, not an event, when the outbox cannot be read', async () => {
    const { outbox, dispatcher } = setUp();
    outbox.nextDue = () => Promise.reject(new Error('database down'));
    await expect(dispatcher.dispatch()).rejects.toThrow('database down');
  });
});
