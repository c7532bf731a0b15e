import { randomUUID } from 'node:crypto';

import { DEFAULT_PREFERENCES } from '@healthsync/domain/notifications';

import { AppConfig } from '../../../config/app-config';
import { InMemoryNotificationPreferencesRepository } from '../testing/in-memory-notification-preferences.repository';
import { NotificationPreferencesService } from './notification-preferences.service';

describe('NotificationPreferencesService', () => {
  const repository = new InMemoryNotificationPreferencesRepository();
  const service = new NotificationPreferencesService(
    repository,
    AppConfig.fromEnvironment({ NODE_ENV: 'test', CLINIC_TIME_ZONE: 'Europe/Lisbon' }),
  );

  it('gives the defaults to a user who never saved any', async () => {
    expect(await service.get(randomUUID())).toEqual(DEFAULT_PREFERENCES);
  });

  it('fills categories saved before they existed with the defaults, and quiet hours without a zone with the clinic’s', async () => {
    const userId = randomUUID();
    repository.byUser.set(userId, {
      channels: { appointments: ['in_app'] },
      emailConsent: true,
      smsConsent: false,
      phone: null,
      quietHours: { start: '22:00', end: '07:00', timeZone: null },
    });
    const preferences = await service.get(userId);
    expect(preferences.channels).toEqual({ ...DEFAULT_PREFERENCES.channels, appointments: ['in_app'] });
    expect(preferences.quietHours).toEqual({ start: '22:00', end: '07:00', timeZone: 'Europe/Lisbon' });
  });
});
