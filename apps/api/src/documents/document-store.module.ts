import { Global, Module, type DynamicModule } from '@nestjs/common';

import { APPEND_ONLY_LOG, DOCUMENT_STORE_HEALTH, VERSIONED_DOCUMENTS } from './document-store';
import { MongoDocumentStoreModule } from './mongo/mongo-document-store.module';
import { PostgresDocumentStoreHealth } from './postgres/postgres-document-store.health';
import { PostgresAppendOnlyLogStore } from './postgres/postgres-append-only-log.store';
import { PostgresVersionedDocumentStore } from './postgres/postgres-versioned-document.store';

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
