import type { Logger } from 'pino';

import type { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';

/**
 * Where PostgreSQL is: DATABASE_URL when set, otherwise the embedded server started here. This is
 * the only code that knows the difference.
 */
export class PostgresEndpoint {
  private constructor(
    readonly url: string,
    private readonly embedded?: EmbeddedPostgres,
  ) {}

  static async resolve(config: AppConfig, logger: Logger): Promise<PostgresEndpoint> {
    if (config.databaseUrl) return new PostgresEndpoint(config.databaseUrl);
    const embedded = await EmbeddedPostgres.start(config.embeddedDataDir);
    logger.info({ dataDir: config.embeddedDataDir }, 'embedded PostgreSQL (PGlite) started');
    return new PostgresEndpoint(embedded.url, embedded);
  }

  /**
   * Connections the API's pool may open. The embedded server runs one statement at a time and does
   * not keep concurrent connections' extended-protocol messages apart (parallel requests got one
   * another's answers), so the pool gives it one connection and queues the rest.
   */
  get poolSize(): number {
    return this.embedded ? 1 : 10;
  }

  async close(): Promise<void> {
    await this.embedded?.stop();
  }
}
