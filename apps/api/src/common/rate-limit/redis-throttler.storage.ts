import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';

import type { RedisConnection } from '../redis/redis-connection';

/** Fixed window per key: count hits, and once over the limit set a block key for the block duration. */
const INCREMENT_SCRIPT = `
local blockedFor = redis.call('PTTL', KEYS[2])
if blockedFor > 0 then
  return { tonumber(redis.call('GET', KEYS[1]) or ARGV[2]), redis.call('PTTL', KEYS[1]), blockedFor }
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return { hits, ttl, tonumber(ARGV[3]) }
end
return { hits, ttl, 0 }
`;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const toSeconds = (milliseconds: number) => Math.max(0, Math.ceil(milliseconds / 1000));

/**
 * Rate-limit counters shared by every API instance through Redis. When Redis cannot answer, the
 * counters fall back to this process's memory: limits loosen for a while, requests never fail.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly fallback = new ThrottlerStorageService();

  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    try {
      const hitsKey = `${this.prefix}:rate:${throttlerName}:${key}`;
      const [totalHits, timeToExpire, blockedFor] = (await this.redis.client.eval(INCREMENT_SCRIPT, {
        keys: [hitsKey, `${hitsKey}:blocked`],
        arguments: [String(ttl), String(limit), String(blockDuration > 0 ? blockDuration : ttl)],
      })) as [number, number, number];
      return {
        totalHits,
        timeToExpire: toSeconds(timeToExpire),
        isBlocked: blockedFor > 0,
        timeToBlockExpire: toSeconds(blockedFor),
      };
    } catch {
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }
}
