import { Module } from '@nestjs/common';

import { DatabaseProbe } from '../database/database-probe';
import { TypeOrmDatabaseProbe } from '../database/typeorm-database-probe';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  controllers: [HealthController],
  providers: [HealthService, { provide: DatabaseProbe, useClass: TypeOrmDatabaseProbe }],
})
export class HealthModule {}
