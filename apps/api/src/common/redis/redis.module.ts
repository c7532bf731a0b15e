import { Global, Inject, Module, Optional, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';

import { AppConfig } from '../../config/app-config';
import { LOGGER } from '../logging/logger.token';
import { RedisConnection } from './redis-connection';

/** Provides the shared `RedisConnection`, or null when REDIS_URL is unset (everything then runs in process). */
export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) =>
        config.redisUrl ? RedisConnection.connect(config.redisUrl, logger) : null,
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(REDIS) private readonly redis: RedisConnection | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
  }
}
