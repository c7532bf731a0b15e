import type { NotificationPreferences } from '@healthsync/domain/notifications';

import type { Transaction } from '../../../database/unit-of-work';
import {
  NotificationPreferencesRepository,
  type StoredPreferences,
} from '../preferences/notification-preferences.repository';

export class InMemoryNotificationPreferencesRepository extends NotificationPreferencesRepository {
  readonly byUser = new Map<string, StoredPreferences>();

  in(_tx: Transaction): NotificationPreferencesRepository {
    return this;
  }

  async find(userId: string): Promise<StoredPreferences | null> {
    return this.byUser.get(userId) ?? null;
  }

  async save(userId: string, preferences: NotificationPreferences): Promise<void> {
    this.byUser.set(userId, structuredClone(preferences));
  }
}
