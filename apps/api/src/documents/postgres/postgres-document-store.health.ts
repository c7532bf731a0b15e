import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { DocumentStoreHealth } from '../document-store';

export class PostgresDocumentStoreHealth implements DocumentStoreHealth {
  readonly backend = 'postgres' as const;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ping(): Promise<void> {
    await this.db.query('SELECT 1 FROM document_versions LIMIT 1');
  }
}
