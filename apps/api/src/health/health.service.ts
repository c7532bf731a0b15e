import { Inject, Injectable, Optional } from '@nestjs/common';

import type { RedisConnection } from '../common/redis/redis-connection';
import { REDIS } from '../common/redis/redis.module';
import { DatabaseProbe } from '../database/database-probe';
import { DOCUMENT_STORE_HEALTH, type DocumentStoreHealth } from '../documents/document-store';

export type ComponentStatus = 'up' | 'down';

export interface ComponentHealth {
  status: ComponentStatus;
  backend: string;
  latencyMs: number;
  error?: string;
}

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  components: { database: ComponentHealth; cache: ComponentHealth; documents: ComponentHealth };
}

/** A component that has not answered within this is reported down. */
const CHECK_TIMEOUT_MS = 2_000;

async function check(backend: string, probe: () => Promise<unknown>): Promise<ComponentHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up', backend, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      status: 'down',
      backend,
      latencyMs: Math.round(performance.now() - started),
      error: (error as Error).message.split('\n')[0],
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Readiness of everything a request may need: PostgreSQL, the cache, the document store. */
@Injectable()
export class HealthService {
  constructor(
    private readonly database: DatabaseProbe,
    @Optional() @Inject(REDIS) private readonly redis: RedisConnection | null,
    @Inject(DOCUMENT_STORE_HEALTH) private readonly documents: DocumentStoreHealth,
  ) {}

  async readiness(): Promise<ReadinessReport> {
    const redis = this.redis;
    const [database, cache, documents] = await Promise.all([
      check('postgres', () => this.database.ping()),
      redis ? check('redis', () => redis.ping()) : check('memory', async () => undefined),
      check(this.documents.backend, () => this.documents.ping()),
    ]);
    const allUp = [database, cache, documents].every((component) => component.status === 'up');
    return { status: allUp ? 'ok' : 'unavailable', components: { database, cache, documents } };
  }
}
