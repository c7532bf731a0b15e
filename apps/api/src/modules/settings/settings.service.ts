import { Injectable } from '@nestjs/common';

import { STAFF_ROLES, type Role } from '@healthsync/contracts/auth';

import { AppCache } from '../../cache/app-cache';
import { AppConfig } from '../../config/app-config';
import { SettingsRepository } from './settings.repository';

export interface SecuritySettings {
  mfaRequiredRoles: Role[];
}

const SECURITY_KEY = 'security';
const cacheKey = (key: string) => `settings:${key}`;

/** Clinic-wide settings an admin changes at run time; cached, and dropped from the cache on change. */
@Injectable()
export class SettingsService {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly cache: AppCache,
    private readonly config: AppConfig,
  ) {}

  /** Until an admin chooses, staff must use a second factor in production and nobody must elsewhere. */
  async security(): Promise<SecuritySettings> {
    const stored = await this.cache.getOrLoad(cacheKey(SECURITY_KEY), () =>
      this.settings.find<SecuritySettings>(SECURITY_KEY),
    );
    return stored ?? { mfaRequiredRoles: this.config.isProduction ? [...STAFF_ROLES] : [] };
  }

  async secondFactorRequired(role: Role): Promise<boolean> {
    return (await this.security()).mfaRequiredRoles.includes(role);
  }

  async updateSecurity(settings: SecuritySettings, updatedBy: string): Promise<SecuritySettings> {
    await this.settings.save(SECURITY_KEY, settings, updatedBy);
    await this.cache.delete(cacheKey(SECURITY_KEY));
    return settings;
  }
}
