import { CacheModule as NestCacheModule } from '@nestjs/cache-manager';
import { Global, Module } from '@nestjs/common';
import KeyvRedis from '@keyv/redis';
import { Keyv } from 'keyv';

import { AppConfig } from '../config/app-config';
import type { RedisConnection } from '../common/redis/redis-connection';
import { REDIS } from '../common/redis/redis.module';
import { AppCache } from './app-cache';

/** `AppCache` on Redis (shared by all instances) when REDIS_URL is set, in process memory otherwise. */
@Global()
@Module({
  imports: [
    NestCacheModule.registerAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: RedisConnection | null) => {
        const namespace = `${config.cacheNamespace}:cache`;
        const store = redis
          ? new Keyv({
              store: new KeyvRedis(redis.client, { throwOnErrors: true, throwOnConnectError: true }),
              namespace,
              throwOnErrors: true,
            })
          : new Keyv({ namespace });
        return { stores: [store], ttl: config.cacheTtlSeconds * 1000 };
      },
    }),
  ],
  providers: [AppCache],
  exports: [AppCache],
})
export class CacheModule {}
