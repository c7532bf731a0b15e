import { DEFAULT_CHANNELS, channelsFor, notBefore, type NotificationPreferences } from './preferences';

const preferences = (changes: Partial<NotificationPreferences> = {}): NotificationPreferences => ({
  channels: DEFAULT_CHANNELS,
  emailConsent: true,
  smsConsent: false,
  phone: null,
  quietHours: null,
  ...changes,
});

describe('channelsFor', () => {
  it('sends in-app and email by default', () => {
    expect(channelsFor(preferences(), 'appointments').sort()).toEqual(['email', 'in_app']);
  });

  it('sends SMS and email only with consent', () => {
    const channels = {
      ...DEFAULT_CHANNELS,
      appointments: ['sms' as const, 'email' as const, 'push' as const],
    };
    expect(channelsFor(preferences({ channels, emailConsent: false }), 'appointments').sort()).toEqual([
      'in_app',
      'push',
    ]);
    expect(channelsFor(preferences({ channels, smsConsent: true }), 'appointments').sort()).toEqual([
      'email',
      'in_app',
      'push',
      'sms',
    ]);
  });

  it('never lets security notices be switched off', () => {
    const none = { appointments: [], reminders: [], billing: [], security: [] };
    expect(channelsFor(preferences({ channels: none, emailConsent: false }), 'security').sort()).toEqual([
      'email',
      'in_app',
    ]);
  });
});

describe('notBefore (quiet hours)', () => {
  const quiet = preferences({ quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' } });

  it('holds back email, SMS and push during quiet hours until they end, in the user’s zone', () => {
    const lateEvening = new Date('2026-12-01T22:30:00Z'); // 23:30 in Berlin
    expect(notBefore(quiet, 'appointments', 'email', lateEvening).toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    );
    const earlyMorning = new Date('2026-12-02T04:00:00Z'); // 05:00 in Berlin
    expect(notBefore(quiet, 'reminders', 'push', earlyMorning).toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    );
  });

  it('handles quiet hours within one day', () => {
    const lunch = preferences({ quietHours: { start: '12:00', end: '13:30', timeZone: 'UTC' } });
    expect(notBefore(lunch, 'appointments', 'sms', new Date('2026-12-01T12:10:00Z')).toISOString()).toBe(
      '2026-12-01T13:30:00.000Z',
    );
    const afterLunch = new Date('2026-12-01T13:30:00Z');
    expect(notBefore(lunch, 'appointments', 'sms', afterLunch)).toBe(afterLunch);
  });

  it('sends at once outside quiet hours, in-app always, and security notices always', () => {
    const afternoon = new Date('2026-12-01T14:00:00Z');
    const night = new Date('2026-12-01T23:00:00Z');
    expect(notBefore(quiet, 'appointments', 'email', afternoon)).toBe(afternoon);
    expect(notBefore(quiet, 'appointments', 'in_app', night)).toBe(night);
    expect(notBefore(quiet, 'security', 'email', night)).toBe(night);
  });
});
