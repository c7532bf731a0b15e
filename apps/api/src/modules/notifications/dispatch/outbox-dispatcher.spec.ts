import { randomUUID } from 'node:crypto';

import { DomainEventType, type DomainEvent, type PublishedEvent } from '@healthsync/contracts/events';
import { LIVE_EVENTS } from '@healthsync/contracts/notifications/live-events';
import { MAX_DISPATCH_ATTEMPTS } from '@healthsync/domain/notifications';

import { createLogger } from '../../../common/logging/logger';
import { AppConfig } from '../../../config/app-config';
import { InMemoryUnitOfWork } from '../../../database/testing/in-memory-unit-of-work';
import type { LiveNotifier } from '../live/live-notifier';
import type { ListenerResult, LiveMessage, NotificationListener } from '../notification-listener';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';
import { InMemoryDeliveriesRepository } from '../testing/in-memory-deliveries.repository';
import { InMemoryNotificationPreferencesRepository } from '../testing/in-memory-notification-preferences.repository';
import { InMemoryNotificationsRepository } from '../testing/in-memory-notifications.repository';
import { InMemoryOutboxEventsRepository } from '../testing/in-memory-outbox-events.repository';
import { EventNotifications } from './event-notifications';
import { OutboxDispatcher } from './outbox-dispatcher';

const USER = randomUUID();

/** Notifies USER of every booking and tells the staff; throws on the appointments in `poisoned`. */
class BookingListener implements NotificationListener {
  readonly poisoned = new Set<string>();

  handles(type: DomainEventType): boolean {
    return type === DomainEventType.AppointmentBooked;
  }

  async handle(event: PublishedEvent): Promise<ListenerResult> {
    if (this.poisoned.has(event.aggregateId)) throw new Error('listener broke');
    return {
      notifications: [
        { userId: USER, category: 'appointments', type: event.type, title: 'Booked', body: '', link: null },
      ],
      live: [
        {
          audience: 'staff',
          event: LIVE_EVENTS.appointmentChanged,
          payload: { appointmentId: event.aggregateId, change: event.type },
        },
      ],
    };
  }
}

const booked = (): DomainEvent => ({
  type: DomainEventType.AppointmentBooked,
  aggregateType: 'appointment',
  aggregateId: randomUUID(),
  payload: {
    appointmentId: randomUUID(),
    doctorId: randomUUID(),
    patientId: randomUUID(),
    type: 'consultation',
    startsAt: '2031-01-01T09:00:00.000Z',
    endsAt: '2031-01-01T09:30:00.000Z',
    from: null,
    to: 'scheduled',
    actorId: randomUUID(),
    actorRole: 'patient',
  },
});

function setUp() {
  const outbox = new InMemoryOutboxEventsRepository();
  const notifications = new InMemoryNotificationsRepository();
  const deliveries = new InMemoryDeliveriesRepository();
  const preferences = new InMemoryNotificationPreferencesRepository();
  const listener = new BookingListener();
  const sent: LiveMessage[] = [];
  const logger = createLogger('silent');
  const eventNotifications = new EventNotifications(
    [listener],
    notifications,
    deliveries,
    new NotificationPreferencesService(preferences, AppConfig.fromEnvironment({ NODE_ENV: 'test' })),
    logger,
  );
  const live = { send: (message: LiveMessage) => sent.push(message) } as unknown as LiveNotifier;
  const dispatcher = new OutboxDispatcher(new InMemoryUnitOfWork(), outbox, eventNotifications, live, logger);
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
      lastError: 'listener broke',
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
