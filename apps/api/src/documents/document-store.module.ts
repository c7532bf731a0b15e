import { Global, Module, type DynamicModule } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  APPEND_ONLY_LOG,
  DOCUMENT_STORE_HEALTH,
  VERSIONED_DOCUMENTS,
  type DocumentStoreHealth,
} from './document-store';
import { MongoDocumentStoreModule } from './mongo/mongo-document-store.module';
import { PostgresAppendOnlyLogStore } from './postgres/postgres-append-only-log.store';
import { PostgresVersionedDocumentStore } from './postgres/postgres-versioned-document.store';

class PostgresDocumentStoreHealth implements DocumentStoreHealth {
  readonly backend = 'postgres' as const;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ping(): Promise<void> {
    await this.db.query('SELECT 1 FROM document_versions LIMIT 1');
  }
}

const DOCUMENT_STORE_TOKENS = [VERSIONED_DOCUMENTS, APPEND_ONLY_LOG, DOCUMENT_STORE_HEALTH];

/**
 * Medical records and the audit log: on PostgreSQL JSONB by default, on MongoDB when MONGODB_URI
 * is set. Callers inject the tokens and never learn which.
 */
@Global()
@Module({})
export class DocumentStoreModule {
  static forRoot(mongodbUri?: string): DynamicModule {
    if (mongodbUri) {
      return {
        module: DocumentStoreModule,
        imports: [MongoDocumentStoreModule.forRoot(mongodbUri)],
        exports: [MongoDocumentStoreModule],
      };
    }
    return {
      module: DocumentStoreModule,
      providers: [
        { provide: VERSIONED_DOCUMENTS, useClass: PostgresVersionedDocumentStore },
        { provide: APPEND_ONLY_LOG, useClass: PostgresAppendOnlyLogStore },
        { provide: DOCUMENT_STORE_HEALTH, useClass: PostgresDocumentStoreHealth },
      ],
      exports: DOCUMENT_STORE_TOKENS,
    };
  }
}
