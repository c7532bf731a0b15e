import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { SettingEntity } from './setting.entity';
import { SettingsRepository } from './settings.repository';

@Injectable()
export class TypeOrmSettingsRepository extends SettingsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  async find<T>(key: string): Promise<T | null> {
    const row = await this.db.getRepository(SettingEntity).findOneBy({ key });
    return (row?.value as T | undefined) ?? null;
  }

  async save<T>(key: string, value: T, updatedBy: string): Promise<void> {
    await this.db.getRepository(SettingEntity).save({ key, value, updatedBy });
  }
}
