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

/** Feature modules (auth, patients, appointments, …) are added here, one folder each under modules/. */
const FEATURE_MODULES: DynamicModule['imports'] = [];

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
        ...(FEATURE_MODULES ?? []),
      ],
    };
  }
}
