import { Injectable, Module, type DynamicModule, type Provider } from '@nestjs/common';
import {
  getModelToken,
  InjectConnection,
  MongooseModule,
  type MongooseModuleOptions,
} from '@nestjs/mongoose';
import type { Connection, Model } from 'mongoose';

import {
  APPEND_ONLY_LOG,
  DOCUMENT_STORE_HEALTH,
  VERSIONED_DOCUMENTS,
  type DocumentStoreHealth,
} from '../document-store';
import {
  DOCUMENT_VERSION_MODEL,
  documentVersionSchema,
  type DocumentVersionRecord,
} from './document-version.schema';
import { LOG_ENTRY_MODEL, logEntrySchema, type LogEntryRecord } from './log-entry.schema';
import { MongoAppendOnlyLogStore } from './mongo-append-only-log.store';
import { MongoVersionedDocumentStore } from './mongo-versioned-document.store';

/** A connection of its own, so another Mongoose connection in the app can never be picked up by mistake. */
export const DOCUMENT_STORE_CONNECTION = 'documentStore';

/** `dbName` overrides the database named in the URI; tests use a fresh one and fail fast with `retryAttempts`. */
export type MongoDocumentStoreOptions = Pick<MongooseModuleOptions, 'dbName' | 'retryAttempts'>;

@Injectable()
class MongoDocumentStoreHealth implements DocumentStoreHealth {
  readonly backend = 'mongodb' as const;

  constructor(@InjectConnection(DOCUMENT_STORE_CONNECTION) private readonly connection: Connection) {}

  async ping(): Promise<void> {
    const db = this.connection.db;
    if (!db) throw new Error('The MongoDB document store is not connected');
    await db.admin().command({ ping: 1 });
  }
}

const STORE_PROVIDERS: Provider[] = [
  {
    provide: VERSIONED_DOCUMENTS,
    useFactory: (model: Model<DocumentVersionRecord>) => new MongoVersionedDocumentStore(model),
    inject: [getModelToken(DOCUMENT_VERSION_MODEL, DOCUMENT_STORE_CONNECTION)],
  },
  {
    provide: APPEND_ONLY_LOG,
    useFactory: (model: Model<LogEntryRecord>) => new MongoAppendOnlyLogStore(model),
    inject: [getModelToken(LOG_ENTRY_MODEL, DOCUMENT_STORE_CONNECTION)],
  },
  { provide: DOCUMENT_STORE_HEALTH, useClass: MongoDocumentStoreHealth },
];

/** The document store on MongoDB: the same three tokens as the PostgreSQL backend. */
@Module({})
export class MongoDocumentStoreModule {
  static forRoot(uri: string, options: MongoDocumentStoreOptions = {}): DynamicModule {
    return {
      module: MongoDocumentStoreModule,
      imports: [
        MongooseModule.forRoot(uri, {
          retryAttempts: 3,
          ...options,
          connectionName: DOCUMENT_STORE_CONNECTION,
          serverSelectionTimeoutMS: 5_000,
        }),
        MongooseModule.forFeature(
          [
            { name: DOCUMENT_VERSION_MODEL, schema: documentVersionSchema },
            { name: LOG_ENTRY_MODEL, schema: logEntrySchema },
          ],
          DOCUMENT_STORE_CONNECTION,
        ),
      ],
      providers: STORE_PROVIDERS,
      exports: [VERSIONED_DOCUMENTS, APPEND_ONLY_LOG, DOCUMENT_STORE_HEALTH],
    };
  }
}
