import type { OnModuleInit } from '@nestjs/common';
import type { Model } from 'mongoose';

import {
  DocumentVersionConflict,
  type AppendVersionOptions,
  type VersionedDocument,
  type VersionedDocumentStore,
} from '../document-store';
import type { DocumentVersionRecord } from './document-version.schema';

const DUPLICATE_KEY = 11000;

/** A write refused by a unique index. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === DUPLICATE_KEY;
}

/** The body as JSON stores it (dates as strings, no undefined), like PostgreSQL's JSONB. */
export function asJson<T>(body: T): T {
  return (body === undefined ? null : JSON.parse(JSON.stringify(body))) as T;
}

function toDocument<T>(record: DocumentVersionRecord): VersionedDocument<T> {
  return {
    collection: record.collection,
    key: record.key,
    version: record.version,
    body: record.body as T,
    authorId: record.authorId ?? null,
    createdAt: new Date(record.createdAt),
  };
}

/** Versioned documents in MongoDB; the unique (collection, key, version) index settles races. */
export class MongoVersionedDocumentStore implements VersionedDocumentStore, OnModuleInit {
  constructor(private readonly versions: Model<DocumentVersionRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.versions.init();
    await this.versions.createIndexes();
  }

  async append<T>(
    collection: string,
    key: string,
    body: T,
    options: AppendVersionOptions,
  ): Promise<VersionedDocument<T>> {
    const current = (await this.latest(collection, key))?.version ?? 0;
    if (current !== options.expectedVersion)
      throw new DocumentVersionConflict(collection, key, options.expectedVersion, current);
    const record: DocumentVersionRecord = {
      collection,
      key,
      version: current + 1,
      body: asJson(body),
      authorId: options.authorId ?? null,
      createdAt: new Date(),
    };
    try {
      await this.versions.insertOne(record);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const winner = (await this.latest(collection, key))?.version ?? current + 1;
      throw new DocumentVersionConflict(collection, key, options.expectedVersion, winner);
    }
    return toDocument<T>(record);
  }

  async latest<T>(collection: string, key: string): Promise<VersionedDocument<T> | null> {
    const record = await this.versions
      .findOne({ collection, key })
      .sort({ version: -1 })
      .lean<DocumentVersionRecord>()
      .exec();
    return record ? toDocument<T>(record) : null;
  }

  async version<T>(collection: string, key: string, version: number): Promise<VersionedDocument<T> | null> {
    const record = await this.versions
      .findOne({ collection, key, version })
      .lean<DocumentVersionRecord>()
      .exec();
    return record ? toDocument<T>(record) : null;
  }

  async history<T>(collection: string, key: string): Promise<VersionedDocument<T>[]> {
    const records = await this.versions
      .find({ collection, key })
      .sort({ version: 1 })
      .lean<DocumentVersionRecord[]>()
      .exec();
    return records.map((record) => toDocument<T>(record));
  }
}
