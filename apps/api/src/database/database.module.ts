import { Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';

import { LOGGER } from '../common/logging/logger.token';
import { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';
import { PostgresEndpoint } from './postgres-endpoint';

@Global()
@Module({
  providers: [
    {
      provide: PostgresEndpoint,
      inject: [AppConfig, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => PostgresEndpoint.resolve(config, logger),
    },
  ],
  exports: [PostgresEndpoint],
})
class PostgresEndpointModule implements OnApplicationShutdown {
  constructor(private readonly endpoint: PostgresEndpoint) {}

  /** Runs after TypeORM has closed its pool (this module is imported by it, so it shuts down later). */
  async onApplicationShutdown(): Promise<void> {
    await this.endpoint.close();
  }
}

/** TypeORM over `pg`; the schema comes only from migrations, which run at start. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [PostgresEndpointModule],
      inject: [PostgresEndpoint],
      useFactory: (endpoint: PostgresEndpoint) => ({
        type: 'postgres' as const,
        url: endpoint.url,
        autoLoadEntities: true,
        synchronize: false,
        migrations: MIGRATIONS,
        migrationsRun: true,
        migrationsTransactionMode: 'each' as const,
        extra: { max: endpoint.poolSize, connectionTimeoutMillis: 5_000 },
      }),
    }),
  ],
})
export class DatabaseModule {}
