import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { STAFF_ROLES, type Role } from '@healthsync/contracts/auth';

import { AppCache } from '../../cache/app-cache';
import { AppConfig } from '../../config/app-config';
import { SettingEntity } from './setting.entity';

export interface SecuritySettings {
  mfaRequiredRoles: Role[];
}

const SECURITY_KEY = 'security';
const cacheKey = (key: string) => `settings:${key}`;

/** Clinic-wide settings an admin changes at run time; cached, and dropped from the cache on change. */
@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: AppCache,
    private readonly config: AppConfig,
  ) {}

  /** Until an admin chooses, staff must use a second factor in production and nobody must elsewhere. */
  async security(): Promise<SecuritySettings> {
    const stored = await this.cache.getOrLoad(cacheKey(SECURITY_KEY), () =>
      this.load<SecuritySettings>(SECURITY_KEY),
    );
    return stored ?? { mfaRequiredRoles: this.config.isProduction ? [...STAFF_ROLES] : [] };
  }

  async updateSecurity(settings: SecuritySettings, updatedBy: string): Promise<SecuritySettings> {
    await this.db.getRepository(SettingEntity).save({ key: SECURITY_KEY, value: settings, updatedBy });
    await this.cache.delete(cacheKey(SECURITY_KEY));
    return settings;
  }

  private async load<T>(key: string): Promise<T | null> {
    const row = await this.db.getRepository(SettingEntity).findOneBy({ key });
    return (row?.value as T | undefined) ?? null;
  }
}
