import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';

import type { RedisClient, RedisConnection } from '../../../common/redis/redis-connection';
import type { AppConfig } from '../../../config/app-config';

const CONNECT_WAIT_MS = 2_000;

// Nest brings its own copy of socket.io (the server it creates), so the types are taken from IoAdapter.
type IoServer = ReturnType<IoAdapter['createIOServer']>;
type IoServerOptions = NonNullable<Parameters<IoAdapter['createIOServer']>[1]>;

/**
 * Socket.io with CORS from the app's configuration and, when Redis is configured, the Redis adapter
 * so a room emit on one API instance reaches sockets connected to the others. Without Redis the
 * default in-memory adapter serves the single process.
 */
export class RedisIoAdapter extends IoAdapter {
  private constructor(
    app: INestApplicationContext,
    private readonly config: Pick<AppConfig, 'corsOrigins' | 'cacheNamespace'>,
    private readonly pubSub: { pub: RedisClient; sub: RedisClient } | null,
  ) {
    super(app);
  }

  /** Connects two duplicates of the shared client (publisher and subscriber) before any gateway starts. */
  static async create(
    app: INestApplicationContext,
    redis: RedisConnection | null,
    config: Pick<AppConfig, 'corsOrigins' | 'cacheNamespace'>,
  ): Promise<RedisIoAdapter> {
    if (!redis) return new RedisIoAdapter(app, config, null);
    // The subscriber queues its SUBSCRIBEs until connected; the publisher fails fast like the shared client.
    const pub = withSafePublish(redis.client.duplicate());
    const sub = redis.client.duplicate({ disableOfflineQueue: false });
    // Outages are already reported (throttled) by the shared client; the duplicates keep reconnecting.
    const connected = [pub, sub].map((client) =>
      client
        .on('error', () => undefined)
        .connect()
        .catch(() => undefined),
    );
    await Promise.race([
      Promise.all(connected),
      new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref()),
    ]);
    return new RedisIoAdapter(app, config, { pub, sub });
  }

  override createIOServer(port: number, options?: IoServerOptions): IoServer {
    // Nest types the options as complete; socket.io itself takes any subset of them.
    const cors = { origin: [...this.config.corsOrigins], credentials: true };
    const server = super.createIOServer(port, { ...options, cors } as IoServerOptions);
    if (this.pubSub) {
      // Channels are namespaced like the cache, so deployments sharing a Redis do not hear each other.
      const key = `${this.config.cacheNamespace}:socket.io`;
      server.adapter(createAdapter(this.pubSub.pub, this.pubSub.sub, { key }));
    }
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    if (!this.pubSub) return;
    await Promise.all(
      [this.pubSub.pub, this.pubSub.sub].map((client) => (client.isOpen ? client.close() : undefined)),
    );
  }
}

/**
 * The Redis adapter fires PUBLISH without handling its promise; while Redis is down that would be an
 * unhandled rejection. A failed publish only means other instances miss that live event (the local
 * ones still get it, and the notification itself is stored), so it is dropped.
 */
function withSafePublish(client: RedisClient): RedisClient {
  const publish = client.publish.bind(client);
  return Object.assign(client, {
    publish: (channel: string, message: string | Buffer) => publish(channel, message).catch(() => 0),
  });
}
