import { createClient, type RedisClientType } from '@redis/client';
import type { Logger } from 'pino';

export type RedisClient = RedisClientType;

const CONNECT_WAIT_MS = 2_000;
const ERROR_LOG_INTERVAL_MS = 30_000;

/**
 * The process's one Redis client (cache, rate limits, live events). Commands fail at once while
 * Redis is unreachable (no offline queue), so callers fall back instead of waiting; the client keeps
 * reconnecting in the background.
 */
export class RedisConnection {
  private lastErrorLoggedAt = 0;

  private constructor(
    readonly client: RedisClient,
    private readonly logger: Logger,
  ) {
    client.on('error', (error: Error) => this.logThrottled(error));
    client.on('ready', () => this.logger.info('redis connected'));
  }

  static async connect(url: string, logger: Logger): Promise<RedisConnection> {
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: CONNECT_WAIT_MS,
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000),
      },
    }) as RedisClient;
    const connection = new RedisConnection(client, logger);
    const connected = client.connect().catch((error: Error) => connection.logThrottled(error));
    await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
    return connection;
  }

  get isReady(): boolean {
    return this.client.isReady;
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }

  private logThrottled(error: Error): void {
    const now = Date.now();
    if (now - this.lastErrorLoggedAt < ERROR_LOG_INTERVAL_MS) return;
    this.lastErrorLoggedAt = now;
    this.logger.warn({ err: { message: error.message } }, 'redis unavailable; falling back');
  }
}
