import { Injectable } from '@nestjs/common';

import {
  DEFAULT_CHANNELS,
  DEFAULT_PREFERENCES,
  type NotificationPreferences,
} from '@healthsync/domain/notifications';

import { AppConfig } from '../../../config/app-config';
import type { Transaction } from '../../../database/unit-of-work';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

/** Per user, per category: which channels, with what consent, and when not to disturb. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly preferences: NotificationPreferencesRepository,
    private readonly config: AppConfig,
  ) {}

  /** The user's preferences (the defaults until they save some); inside `tx` when given. */
  async get(userId: string, tx?: Transaction): Promise<NotificationPreferences> {
    const repository = tx ? this.preferences.in(tx) : this.preferences;
    const stored = await repository.find(userId);
    if (!stored) return DEFAULT_PREFERENCES;
    return {
      ...stored,
      channels: { ...DEFAULT_CHANNELS, ...stored.channels },
      quietHours: stored.quietHours && {
        ...stored.quietHours,
        timeZone: stored.quietHours.timeZone ?? this.config.clinicTimeZone,
      },
    };
  }

  async save(userId: string, preferences: NotificationPreferences): Promise<NotificationPreferences> {
    await this.preferences.save(userId, preferences);
    return this.get(userId);
  }
}
