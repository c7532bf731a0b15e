import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';

import { CacheModule } from './cache/cache.module';
import { LoggingModule } from './common/logging/logging.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { RedisModule } from './common/redis/redis.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SeedingModule } from './database/seeding/seeding.module';
import { DocumentStoreModule } from './documents/document-store.module';
import { HealthModule } from './health/health.module';
import { AdminModule } from './modules/admin/admin.module';
import { AppointmentsModule } from './modules/appointments/appointments.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { DoctorsModule } from './modules/doctors/doctors.module';
import { MailModule } from './modules/mail/mail.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { PatientsModule } from './modules/patients/patients.module';
import { SettingsModule } from './modules/settings/settings.module';

/** Feature modules, one folder each under modules/; the access guard comes with AuthModule. */
const FEATURE_MODULES = [
  SettingsModule,
  OutboxModule,
  MailModule,
  AuditModule,
  AuthModule,
  AdminModule,
  PatientsModule,
  DoctorsModule,
  AppointmentsModule,
  NotificationsModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        RedisModule,
        DatabaseModule,
        DocumentStoreModule.forRoot(config.mongodbUri),
        CacheModule,
        RateLimitModule,
        SeedingModule,
        HealthModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
