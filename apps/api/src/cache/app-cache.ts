import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inject, Injectable } from '@nestjs/common';
import type { Cache } from 'cache-manager';
import type { Logger } from 'pino';

import { LOGGER } from '../common/logging/logger.token';

/** A cache call that has not answered by then is treated as a miss: a slow Redis must not slow requests. */
export const CACHE_CALL_TIMEOUT_MS = 250;

class CacheTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CacheTimeout(`cache call exceeded ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Cache-aside over `@nestjs/cache-manager`. Every failure (Redis down, slow, or a bad value) is
 * logged and treated as a miss, so a cache outage never fails a request: it goes to the database.
 */
@Injectable()
export class AppCache {
  constructor(
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    return this.attempt('get', key, async () => (await this.cache.get<T>(key)) ?? undefined, undefined);
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    await this.attempt(
      'set',
      key,
      async () => void (await this.cache.set(key, value, ttlSeconds ? ttlSeconds * 1000 : undefined)),
      undefined,
    );
  }

  async delete(...keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.attempt('delete', keys.join(','), async () => void (await this.cache.mdel(keys)), undefined);
  }

  /** Cache-aside: the cached value when there is one, otherwise `load()`'s, which is then cached. */
  async getOrLoad<T>(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T> {
    const cached = await this.get<T>(key);
    if (cached !== undefined) return cached;
    const fresh = await load();
    await this.set(key, fresh, ttlSeconds);
    return fresh;
  }

  private async attempt<T>(operation: string, key: string, work: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await withTimeout(work(), CACHE_CALL_TIMEOUT_MS);
    } catch (error) {
      this.logger.warn(
        { operation, key, err: { message: (error as Error).message } },
        'cache call failed; using the database',
      );
      return fallback;
    }
  }
}
