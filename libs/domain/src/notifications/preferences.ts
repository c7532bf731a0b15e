import { DateTime } from 'luxon';

import {
  ALWAYS_ON_SECURITY_CHANNELS,
  type NotificationCategoryName,
  type NotificationChannelName,
} from './channels';

export type ChannelChoice = Record<NotificationCategoryName, NotificationChannelName[]>;

/** Wall-clock times (`HH:mm`) in the user's zone during which only security notices interrupt. */
export interface QuietHours {
  start: string;
  end: string;
  timeZone: string;
}

export interface NotificationPreferences {
  channels: ChannelChoice;
  emailConsent: boolean;
  smsConsent: boolean;
  phone: string | null;
  quietHours: QuietHours | null;
}

/** In-app and email for everything; SMS and push only when a user turns them on. */
export const DEFAULT_CHANNELS: ChannelChoice = {
  appointments: ['in_app', 'email'],
  reminders: ['in_app', 'email'],
  billing: ['in_app', 'email'],
  security: ['in_app', 'email'],
};

/** What a user who never saved preferences gets. */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  channels: DEFAULT_CHANNELS,
  emailConsent: true,
  smsConsent: false,
  phone: null,
  quietHours: null,
};

/** The channels a notification of this category goes out on: chosen, consented to, and those that cannot be refused. */
export function channelsFor(
  preferences: NotificationPreferences,
  category: NotificationCategoryName,
): NotificationChannelName[] {
  const alwaysOn = category === 'security' ? ALWAYS_ON_SECURITY_CHANNELS : [];
  const chosen = new Set([...preferences.channels[category], ...alwaysOn]);
  if (!preferences.emailConsent && category !== 'security') chosen.delete('email');
  if (!preferences.smsConsent) chosen.delete('sms');
  chosen.add('in_app');
  return [...chosen];
}

/** When a non-urgent message may go out on a channel that interrupts: now, or the end of the user's quiet hours. */
export function notBefore(
  preferences: NotificationPreferences,
  category: NotificationCategoryName,
  channel: NotificationChannelName,
  now: Date,
): Date {
  const quiet = preferences.quietHours;
  if (!quiet || channel === 'in_app' || category === 'security') return now;
  const local = DateTime.fromJSDate(now, { zone: quiet.timeZone });
  const start = atWallTime(quiet.start, local);
  const end = atWallTime(quiet.end, local);
  const overnight = end <= start;
  const inQuiet = overnight ? local >= start || local < end : local >= start && local < end;
  if (!inQuiet) return now;
  const release = overnight && local >= start ? end.plus({ days: 1 }) : end;
  return release.toJSDate();
}

/** `HH:mm` on the day of `day`, in its zone. */
function atWallTime(time: string, day: DateTime): DateTime {
  return day.set({
    hour: Number(time.slice(0, 2)),
    minute: Number(time.slice(3, 5)),
    second: 0,
    millisecond: 0,
  });
}
