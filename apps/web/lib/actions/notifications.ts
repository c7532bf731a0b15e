'use server';

import { refresh } from 'next/cache';

import type { NotificationPreferencesDto } from '@healthsync/contracts/notifications';
import {
  NOTIFICATION_CHANNEL_NAMES,
  type NotificationChannelName,
} from '@healthsync/contracts/notifications/notification-channels';
import {
  NOTIFICATION_CATEGORIES,
  type NotificationCategoryName,
} from '@healthsync/contracts/notifications/notifications.responses';

import { formText } from '@/lib/form-data';
import {
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreferences,
  unreadCount,
} from '@/lib/notifications-api';
import { type ActionState, toActionState } from '@/lib/problem';

/** The unread count after a change, for the header's bell; null when the API does not say. */
export type UnreadAfter = number | null;

const unreadNow = (): Promise<UnreadAfter> => unreadCount().catch(() => null);

/** Marks one notification read; the page re-renders and the bell learns the new count. */
export async function markReadAction(form: FormData): Promise<UnreadAfter> {
  await markNotificationRead(formText(form, 'id')).catch(() => undefined);
  refresh();
  return unreadNow();
}

export async function markAllReadAction(): Promise<UnreadAfter> {
  await markAllNotificationsRead();
  refresh();
  return unreadNow();
}

function channelsFrom(form: FormData): Record<NotificationCategoryName, NotificationChannelName[]> {
  const chosen = (category: NotificationCategoryName) =>
    NOTIFICATION_CHANNEL_NAMES.filter((channel) => form.get(`${category}.${channel}`) === 'on');
  return Object.fromEntries(
    NOTIFICATION_CATEGORIES.map((category) => [category, chosen(category)]),
  ) as Record<NotificationCategoryName, NotificationChannelName[]>;
}

function preferencesFrom(form: FormData): NotificationPreferencesDto {
  const quiet = form.get('quietHours') === 'on';
  const phone = formText(form, 'phone').trim();
  return {
    channels: channelsFrom(form),
    emailConsent: form.get('emailConsent') === 'on',
    smsConsent: form.get('smsConsent') === 'on',
    phone: phone || null,
    quietHours: quiet
      ? {
          start: formText(form, 'quietStart'),
          end: formText(form, 'quietEnd'),
          timeZone: formText(form, 'quietTimeZone'),
        }
      : null,
  };
}

/** The API names nested fields `quietHours.start`; the form's inputs are flat. */
const QUIET_HOUR_FIELDS: Record<string, string> = {
  'quietHours.start': 'quietStart',
  'quietHours.end': 'quietEnd',
  'quietHours.timeZone': 'quietTimeZone',
};

const quietHourField = (field: string) => QUIET_HOUR_FIELDS[field] ?? field;

export async function savePreferencesAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const values = {
    phone: formText(form, 'phone'),
    quietStart: formText(form, 'quietStart'),
    quietEnd: formText(form, 'quietEnd'),
    quietTimeZone: formText(form, 'quietTimeZone'),
  };
  try {
    await saveNotificationPreferences(preferencesFrom(form));
  } catch (error) {
    return toActionState(error, values, quietHourField);
  }
  refresh();
  return { notice: 'Your notification settings are saved.' };
}
