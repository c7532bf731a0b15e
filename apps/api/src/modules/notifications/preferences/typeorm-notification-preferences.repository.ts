import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import type { ChannelChoice, NotificationPreferences } from '@healthsync/domain/notifications';

import { managerOf } from '../../../database/typeorm-unit-of-work';
import type { Transaction } from '../../../database/unit-of-work';
import {
  NotificationPreferencesRepository,
  type StoredPreferences,
} from './notification-preferences.repository';

interface PreferenceRow {
  channels: Partial<ChannelChoice>;
  email_consent_at: Date | null;
  sms_consent_at: Date | null;
  phone: string | null;
  quiet_start: string | null;
  quiet_end: string | null;
  time_zone: string | null;
}

const wallTime = (time: string) => time.slice(0, 5);

@Injectable()
export class TypeOrmNotificationPreferencesRepository extends NotificationPreferencesRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): NotificationPreferencesRepository {
    return new TypeOrmNotificationPreferencesRepository(managerOf(tx));
  }

  async find(userId: string): Promise<StoredPreferences | null> {
    const [row] = (await this.db.query(`SELECT * FROM notification_preferences WHERE user_id = $1`, [
      userId,
    ])) as PreferenceRow[];
    if (!row) return null;
    return {
      channels: row.channels,
      emailConsent: row.email_consent_at !== null,
      smsConsent: row.sms_consent_at !== null,
      phone: row.phone,
      quietHours:
        row.quiet_start && row.quiet_end
          ? { start: wallTime(row.quiet_start), end: wallTime(row.quiet_end), timeZone: row.time_zone }
          : null,
    };
  }

  async save(userId: string, preferences: NotificationPreferences): Promise<void> {
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
  }
}
