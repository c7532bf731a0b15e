import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';

import { HOLD_MINUTES } from '@healthsync/contracts/scheduling';

import { AppConfig } from '../../config/app-config';
import type { RedisConnection } from '../redis/redis-connection';
import { REDIS } from '../redis/redis.module';
import { isLoginRateLimited } from './login-rate-limited.decorator';
import { usesRateLimitBudget } from './rate-limit-budget.decorator';
import { RateLimitGuard } from './rate-limit.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const ONE_MINUTE_MS = 60_000;

/** A per-client request budget for every route; counters live in Redis when it is configured. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: RedisConnection | null) => ({
        throttlers: [
          { name: 'default', ttl: ONE_MINUTE_MS, limit: config.rateLimitPerMinute },
          {
            name: 'login',
            ttl: ONE_MINUTE_MS,
            limit: config.loginRateLimitPerMinute,
            skipIf: (context) => !isLoginRateLimited(context),
          },
          {
            name: 'holds',
            ttl: HOLD_MINUTES * ONE_MINUTE_MS,
            limit: config.holdLimitPerAddress,
            skipIf: (context) => !usesRateLimitBudget(context, 'holds'),
          },
        ],
        storage: redis ? new RedisThrottlerStorage(redis, config.cacheNamespace) : undefined,
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
