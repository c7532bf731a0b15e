import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { DatabaseProbe } from './database-probe';

@Injectable()
export class TypeOrmDatabaseProbe extends DatabaseProbe {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }
}
