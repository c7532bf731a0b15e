import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';

import { LOGGER } from '../../common/logging/logger.token';
import { DemoSeedProvider, type DemoSeed, type DemoSeedOptions } from './demo-seed';

interface DiscoveredSeed {
  options: DemoSeedOptions;
  seed: DemoSeed;
}

/**
 * Runs every `@DemoSeedProvider` that has not run on this database, in order, recording each
 * in `demo_seed_runs` once it has succeeded: a seed that fails is tried again at the next start.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Seeds what is missing and returns the demo sign-in emails. */
  async seed(): Promise<string[]> {
    const seeds = this.discover();
    const done = new Set(
      ((await this.db.query('SELECT name FROM demo_seed_runs')) as Array<{ name: string }>).map(
        (row) => row.name,
      ),
    );
    for (const { options, seed } of seeds) {
      if (done.has(options.name)) continue;
      await seed.run();
      await this.db.query('INSERT INTO demo_seed_runs (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [
        options.name,
      ]);
      this.logger.info({ seed: options.name }, 'demo data seeded');
    }
    return seeds.flatMap(({ options }) => options.logins ?? []);
  }

  private discover(): DiscoveredSeed[] {
    return this.discovery
      .getProviders({ metadataKey: DemoSeedProvider.KEY })
      .filter((wrapper) => wrapper.instance)
      .map((wrapper) => ({
        options: this.discovery.getMetadataByDecorator(DemoSeedProvider, wrapper) as DemoSeedOptions,
        seed: wrapper.instance as DemoSeed,
      }))
      .sort((a, b) => a.options.order - b.options.order);
  }
}
