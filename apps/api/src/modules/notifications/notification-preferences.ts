import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';

import { AppConfig } from '../../config/app-config';
import type { ChannelName, NotificationCategory } from './channels/notification-channel';

export type ChannelChoice = Record<NotificationCategory, ChannelName[]>;

export interface NotificationPreferences {
  channels: ChannelChoice;
  emailConsent: boolean;
  smsConsent: boolean;
  phone: string | null;
  quietHours: { start: string; end: string; timeZone: string } | null;
}

/** In-app and email for everything; SMS and push only when a user turns them on. */
export const DEFAULT_CHANNELS: ChannelChoice = {
  appointments: ['in_app', 'email'],
  reminders: ['in_app', 'email'],
  billing: ['in_app', 'email'],
  security: ['in_app', 'email'],
};

/** Security notices always go in-app and by email, whatever the user chose. */
const ALWAYS: Partial<ChannelChoice> = { security: ['in_app', 'email'] };

interface PreferenceRow {
  channels: ChannelChoice;
  email_consent_at: Date | null;
  sms_consent_at: Date | null;
  phone: string | null;
  quiet_start: string | null;
  quiet_end: string | null;
  time_zone: string | null;
}

/** Per user, per category: which channels, with what consent, and when not to disturb. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async get(userId: string, tx: EntityManager = this.db.manager): Promise<NotificationPreferences> {
    const [row] = (await tx.query(`SELECT * FROM notification_preferences WHERE user_id = $1`, [
      userId,
    ])) as PreferenceRow[];
    if (!row)
      return {
        channels: DEFAULT_CHANNELS,
        emailConsent: true,
        smsConsent: false,
        phone: null,
        quietHours: null,
      };
    return {
      channels: { ...DEFAULT_CHANNELS, ...row.channels },
      emailConsent: row.email_consent_at !== null,
      smsConsent: row.sms_consent_at !== null,
      phone: row.phone,
      quietHours:
        row.quiet_start && row.quiet_end
          ? {
              start: row.quiet_start.slice(0, 5),
              end: row.quiet_end.slice(0, 5),
              timeZone: row.time_zone ?? this.config.clinicTimeZone,
            }
          : null,
    };
  }

  async save(userId: string, preferences: NotificationPreferences): Promise<NotificationPreferences> {
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, channels, email_consent_at, sms_consent_at, phone, quiet_start, quiet_end, time_zone, updated_at)
       VALUES ($1, $2::jsonb, CASE WHEN $3 THEN now() END, CASE WHEN $4 THEN now() END, $5, $6, $7, $8, now())
       ON CONFLICT (user_id) DO UPDATE SET channels = EXCLUDED.channels,
         email_consent_at = CASE WHEN $3 THEN coalesce(notification_preferences.email_consent_at, now()) END,
         sms_consent_at = CASE WHEN $4 THEN coalesce(notification_preferences.sms_consent_at, now()) END,
         phone = EXCLUDED.phone, quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end,
         time_zone = EXCLUDED.time_zone, updated_at = now()`,
      [
        userId,
        JSON.stringify(preferences.channels),
        preferences.emailConsent,
        preferences.smsConsent,
        preferences.phone,
        preferences.quietHours?.start ?? null,
        preferences.quietHours?.end ?? null,
        preferences.quietHours?.timeZone ?? null,
      ],
    );
    return this.get(userId);
  }

  /** The channels a notification of this category goes out on: chosen, consented to, and those that cannot be refused. */
  channelsFor(preferences: NotificationPreferences, category: NotificationCategory): ChannelName[] {
    const chosen = new Set([...preferences.channels[category], ...(ALWAYS[category] ?? [])]);
    if (!preferences.emailConsent && category !== 'security') chosen.delete('email');
    if (!preferences.smsConsent) chosen.delete('sms');
    chosen.add('in_app');
    return [...chosen];
  }

  /** When a non-urgent message may go out on a channel that interrupts: now, or the end of the user's quiet hours. */
  notBefore(
    preferences: NotificationPreferences,
    category: NotificationCategory,
    channel: ChannelName,
    now: Date,
  ): Date {
    const quiet = preferences.quietHours;
    if (!quiet || channel === 'in_app' || category === 'security') return now;
    const local = DateTime.fromJSDate(now, { zone: quiet.timeZone });
    const at = (time: string, day: DateTime) =>
      day.set({
        hour: Number(time.slice(0, 2)),
        minute: Number(time.slice(3, 5)),
        second: 0,
        millisecond: 0,
      });
    const start = at(quiet.start, local);
    const end = at(quiet.end, local);
    const overnight = end <= start;
    const inQuiet = overnight ? local >= start || local < end : local >= start && local < end;
    if (!inQuiet) return now;
    const release = overnight && local >= start ? end.plus({ days: 1 }) : end;
    return release.toJSDate();
  }
}
