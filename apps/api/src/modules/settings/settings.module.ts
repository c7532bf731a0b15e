import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { SettingEntity } from './setting.entity';
import { SettingsRepository } from './settings.repository';
import { SettingsService } from './settings.service';
import { TypeOrmSettingsRepository } from './typeorm-settings.repository';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SettingEntity])],
  providers: [SettingsService, { provide: SettingsRepository, useClass: TypeOrmSettingsRepository }],
  exports: [SettingsService],
})
export class SettingsModule {}
