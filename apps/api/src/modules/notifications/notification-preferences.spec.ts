import { AppConfig } from '../../config/app-config';
import {
  DEFAULT_CHANNELS,
  NotificationPreferencesService,
  type NotificationPreferences,
} from './notification-preferences';

const service = new NotificationPreferencesService(
  undefined as never,
  AppConfig.fromEnvironment({ NODE_ENV: 'test' }),
);
const preferences = (changes: Partial<NotificationPreferences> = {}): NotificationPreferences => ({
  channels: DEFAULT_CHANNELS,
  emailConsent: true,
  smsConsent: false,
  phone: null,
  quietHours: null,
  ...changes,
});

describe('NotificationPreferencesService.channelsFor', () => {
  it('sends in-app and email by default', () => {
    expect(service.channelsFor(preferences(), 'appointments').sort()).toEqual(['email', 'in_app']);
  });

  it('sends SMS and email only with consent', () => {
    const all = { ...DEFAULT_CHANNELS, appointments: ['sms', 'email', 'push'] as const };
    expect(
      service
        .channelsFor(
          preferences({ channels: { ...all, appointments: [...all.appointments] }, emailConsent: false }),
          'appointments',
        )
        .sort(),
    ).toEqual(['in_app', 'push']);
    expect(
      service
        .channelsFor(
          preferences({ channels: { ...all, appointments: [...all.appointments] }, smsConsent: true }),
          'appointments',
        )
        .sort(),
    ).toEqual(['email', 'in_app', 'push', 'sms']);
  });

  it('never lets security notices be switched off', () => {
    const none = { appointments: [], reminders: [], billing: [], security: [] };
    expect(
      service.channelsFor(preferences({ channels: none, emailConsent: false }), 'security').sort(),
    ).toEqual(['email', 'in_app']);
  });
});

describe('NotificationPreferencesService.notBefore (quiet hours)', () => {
  const quiet = preferences({ quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' } });

  it('holds back email, SMS and push during quiet hours until they end, in the user’s zone', () => {
    const lateEvening = new Date('2026-12-01T22:30:00Z'); // 23:30 in Berlin
    expect(service.notBefore(quiet, 'appointments', 'email', lateEvening).toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    );
    const earlyMorning = new Date('2026-12-02T04:00:00Z'); // 05:00 in Berlin
    expect(service.notBefore(quiet, 'reminders', 'push', earlyMorning).toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    );
  });

  it('sends at once outside quiet hours, in-app always, and security notices always', () => {
    const afternoon = new Date('2026-12-01T14:00:00Z');
    const night = new Date('2026-12-01T23:00:00Z');
    expect(service.notBefore(quiet, 'appointments', 'email', afternoon)).toBe(afternoon);
    expect(service.notBefore(quiet, 'appointments', 'in_app', night)).toBe(night);
    expect(service.notBefore(quiet, 'security', 'email', night)).toBe(night);
  });
});
