import type { ChannelChoice, NotificationPreferences } from '@healthsync/domain/notifications';

import type { Transaction } from '../../../database/unit-of-work';

/** Preferences as stored: quiet hours without a zone use the clinic's. */
export interface StoredPreferences {
  channels: Partial<ChannelChoice>;
  emailConsent: boolean;
  smsConsent: boolean;
  phone: string | null;
  quietHours: { start: string; end: string; timeZone: string | null } | null;
}

/** Each user's notification preferences; consent keeps the time it was first given. */
export abstract class NotificationPreferencesRepository {
  abstract in(tx: Transaction): NotificationPreferencesRepository;

  /** Null for a user who never saved any. */
  abstract find(userId: string): Promise<StoredPreferences | null>;

  abstract save(userId: string, preferences: NotificationPreferences): Promise<void>;
}
