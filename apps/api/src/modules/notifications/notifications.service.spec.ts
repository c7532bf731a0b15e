import { randomUUID } from 'node:crypto';

import { Role } from '@healthsync/contracts/auth';
import { CommonErrorCode } from '@healthsync/contracts/common';
import { NotificationErrorCode, type NotificationListQuery } from '@healthsync/contracts/notifications';

import type { AuthContext } from '../../common/auth/auth-context';
import { AppConfig } from '../../config/app-config';
import { NotificationsService } from './notifications.service';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { InMemoryNotificationPreferencesRepository } from './testing/in-memory-notification-preferences.repository';
import { InMemoryNotificationsRepository } from './testing/in-memory-notifications.repository';
import { InMemoryPushSubscriptionsRepository } from './testing/in-memory-push-subscriptions.repository';

const auth = (userId = randomUUID()) =>
  ({ userId, role: Role.Patient, sessionId: randomUUID() }) as AuthContext;
const query = (changes: Partial<NotificationListQuery> = {}) =>
  ({ page: 1, limit: 20, ...changes }) as NotificationListQuery;
const KEYS = { p256dh: 'key', auth: 'secret' };

function setUp() {
  const inbox = new InMemoryNotificationsRepository();
  const pushSubscriptions = new InMemoryPushSubscriptionsRepository();
  const preferences = new NotificationPreferencesService(
    new InMemoryNotificationPreferencesRepository(),
    AppConfig.fromEnvironment({ NODE_ENV: 'test' }),
  );
  return {
    inbox,
    pushSubscriptions,
    service: new NotificationsService(inbox, preferences, pushSubscriptions),
  };
}

const draft = (userId: string) => ({
  userId,
  category: 'appointments' as const,
  type: 'appointment.booked',
  title: 'Appointment booked',
  body: '',
  link: null,
});

describe('NotificationsService', () => {
  it('lists only the user’s own notifications, newest first, as views', async () => {
    const { inbox, service } = setUp();
    const me = auth();
    const older = inbox.add(draft(me.userId));
    const newer = inbox.add(draft(me.userId));
    inbox.add(draft(randomUUID()));
    const page = await service.list(me, query());
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.id)).toEqual([newer.id, older.id]);
    expect(page.items[0]).toMatchObject({ createdAt: newer.createdAt.toISOString(), readAt: null });
  });

  it('counts and marks read only the user’s own, and refuses another’s notification as not found', async () => {
    const { inbox, service } = setUp();
    const me = auth();
    const mine = inbox.add(draft(me.userId));
    const theirs = inbox.add(draft(randomUUID()));
    expect(await service.unreadCount(me)).toEqual({ unread: 1 });
    await service.markRead(me, mine.id);
    expect(await service.unreadCount(me)).toEqual({ unread: 0 });
    await expect(service.markRead(me, theirs.id)).rejects.toMatchObject({ code: CommonErrorCode.NotFound });
    expect((await service.list(me, query({ unread: true }))).total).toBe(0);
  });

  it('refuses a push endpoint that is not a public https address', async () => {
    const { service, pushSubscriptions } = setUp();
    await expect(
      service.addPushSubscription(auth(), { endpoint: 'https://127.0.0.1/push', keys: KEYS }),
    ).rejects.toMatchObject({ code: NotificationErrorCode.PushEndpointNotPublic });
    expect(pushSubscriptions.subscriptions).toEqual([]);
  });

  it('keeps a push endpoint with the user who registered it', async () => {
    const { service } = setUp();
    const endpoint = 'https://push.example.com/send/abc';
    await service.addPushSubscription(auth(), { endpoint, keys: KEYS });
    await expect(service.addPushSubscription(auth(), { endpoint, keys: KEYS })).rejects.toMatchObject({
      code: NotificationErrorCode.PushEndpointTaken,
    });
  });

  it('saves preferences and gives back what was saved', async () => {
    const { service } = setUp();
    const me = auth();
    const saved = await service.savePreferences(me, {
      channels: { appointments: ['in_app'], reminders: ['in_app', 'sms'], billing: [], security: [] },
      emailConsent: false,
      smsConsent: true,
      phone: '+4915112345678',
    });
    expect(saved).toMatchObject({
      emailConsent: false,
      smsConsent: true,
      phone: '+4915112345678',
      quietHours: null,
    });
    expect(await service.getPreferences(me)).toEqual(saved);
  });
});
