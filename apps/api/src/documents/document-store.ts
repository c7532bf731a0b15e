import type { Page } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

import { CommonErrorCode } from '@healthsync/contracts/common';

/** One immutable version of a document (a patient's medical history, say). */
export interface VersionedDocument<T> {
  collection: string;
  key: string;
  version: number;
  body: T;
  authorId: string | null;
  createdAt: Date;
}

export interface AppendVersionOptions {
  /** The version the writer read (0 for a new document); another writer's newer version is a conflict. */
  expectedVersion: number;
  authorId?: string | null;
}

/** Documents that are never overwritten: each change appends version n + 1 and the history stays readable. */
export interface VersionedDocumentStore {
  append<T>(
    collection: string,
    key: string,
    body: T,
    options: AppendVersionOptions,
  ): Promise<VersionedDocument<T>>;
  latest<T>(collection: string, key: string): Promise<VersionedDocument<T> | null>;
  version<T>(collection: string, key: string, version: number): Promise<VersionedDocument<T> | null>;
  /** Every version, oldest first. */
  history<T>(collection: string, key: string): Promise<VersionedDocument<T>[]>;
}

/** One entry of an append-only log, chained to the entry before it by `previousHash`. */
export interface LogEntry<T> {
  id: string;
  stream: string;
  sequence: number;
  body: T;
  recordedAt: Date;
  previousHash: string | null;
  hash: string;
}

export type LogFieldValue = string | number | boolean;

export interface LogQuery {
  /** Equality on top-level fields of the body (`{ actorId, action }`). */
  where?: Record<string, LogFieldValue>;
  /** And the value in any of these top-level fields: equal to it, or an array containing it. */
  mentions?: { fields: readonly string[]; value: LogFieldValue };
  from?: Date;
  /** Exclusive. */
  to?: Date;
  page: number;
  limit: number;
}

/** Logs that only grow (the audit trail): newest first when listed, oldest first when walked. */
export interface AppendOnlyLogStore {
  append<T extends object>(stream: string, body: T): Promise<LogEntry<T>>;
  list<T>(stream: string, query: LogQuery): Promise<Page<LogEntry<T>>>;
  /** Up to `limit` entries with a sequence above `afterSequence`, in order: for verifying the chain. */
  readAfter<T>(stream: string, afterSequence: number, limit: number): Promise<LogEntry<T>[]>;
}

export interface DocumentStoreHealth {
  readonly backend: 'postgres' | 'mongodb';
  ping(): Promise<void>;
}

export const VERSIONED_DOCUMENTS = Symbol('VERSIONED_DOCUMENTS');
export const APPEND_ONLY_LOG = Symbol('APPEND_ONLY_LOG');
export const DOCUMENT_STORE_HEALTH = Symbol('DOCUMENT_STORE_HEALTH');

export class DocumentVersionConflict extends DomainError<CommonErrorCode.VersionConflict> {
  constructor(collection: string, key: string, expectedVersion: number, currentVersion: number) {
    super(
      'conflict',
      CommonErrorCode.VersionConflict,
      `The document was changed by someone else (version ${currentVersion}, expected ${expectedVersion}); reload it and try again.`,
      { collection, key, expectedVersion, currentVersion },
    );
  }
}

/** Appending to a log lost a race too many times in a row (the MongoDB backend retries on its own). */
export class LogAppendContention extends DomainError<CommonErrorCode.ServiceUnavailable> {
  constructor(stream: string) {
    super('unavailable', CommonErrorCode.ServiceUnavailable, `The ${stream} log is busy; try again.`);
  }
}
