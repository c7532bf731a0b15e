import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';

import { createLogger } from '../../../src/common/logging/logger';
import { AppConfig } from '../../../src/config/app-config';
import { AppModule } from '../../../src/app.module';
import { DemoSeedProvider, type DemoSeed } from '../../../src/database/seeding/demo-seed';
import { DemoSeeder } from '../../../src/database/seeding/demo-seeder';
import { integrationDatabaseUrl } from '../../support/int-env';
import { openDataSource } from '../../support/test-database';

const ran: string[] = [];
let failNext = true;

@Injectable()
@DemoSeedProvider({ name: 'int-test:accounts', order: 1, logins: ['someone@demo.healthsync.test'] })
class AccountsSeed implements DemoSeed {
  async run() {
    ran.push('accounts');
  }
}

@Injectable()
@DemoSeedProvider({ name: 'int-test:appointments', order: 2 })
class AppointmentsSeed implements DemoSeed {
  async run() {
    if (failNext) {
      failNext = false;
      throw new Error('appointments service unavailable');
    }
    ran.push('appointments');
  }
}

@Module({ providers: [AppointmentsSeed, AccountsSeed] })
class SeedsModule {}

describe('DemoSeeder', () => {
  let app: INestApplicationContext;

  beforeAll(async () => {
    const db = await openDataSource(integrationDatabaseUrl());
    await db.query(`DELETE FROM demo_seed_runs WHERE name LIKE 'int-test:%'`);
    await db.destroy();
    const config = AppConfig.fromEnvironment({ NODE_ENV: 'test', DATABASE_URL: integrationDatabaseUrl() });
    app = await NestFactory.createApplicationContext(
      {
        module: class SeedingTestRoot {},
        imports: [AppModule.forRoot(config, createLogger('silent')), SeedsModule],
      },
      { logger: false },
    );
  });
  afterAll(() => app.close());

  it('runs seeds in order, records each, retries a failed one and never repeats a done one', async () => {
    const seeder = app.get(DemoSeeder);

    await expect(seeder.seed()).rejects.toThrow('appointments service unavailable');
    expect(ran).toEqual(['accounts']);

    expect(await seeder.seed()).toEqual(
      expect.arrayContaining(['someone@demo.healthsync.test', 'admin@demo.healthsync.test']),
    );
    expect(ran).toEqual(['accounts', 'appointments']);

    await seeder.seed();
    expect(ran).toEqual(['accounts', 'appointments']);
  });
});
