import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { OnModuleInit } from '@nestjs/common';
import type { Model, QueryFilter } from 'mongoose';

import type { Page } from '@healthsync/contracts/common';

import {
  LogAppendContention,
  type AppendOnlyLogStore,
  type LogEntry,
  type LogFieldValue,
  type LogQuery,
} from '../document-store';
import { chainHash } from '../hash-chain';
import type { LogEntryRecord } from './log-entry.schema';
import { asJson, isDuplicateKeyError } from './mongo-versioned-document.store';

const MAX_APPEND_ATTEMPTS = 50;
const MAX_BACKOFF_MS = 20;
const FIELD_NAME = /^[A-Za-z0-9_]+$/;
const SCALAR_TYPES = new Set(['string', 'number', 'boolean']);

function toEntry<T>(record: LogEntryRecord): LogEntry<T> {
  return {
    id: record._id,
    stream: record.stream,
    sequence: record.sequence,
    body: record.body as T,
    recordedAt: new Date(record.recordedAt),
    previousHash: record.previousHash ?? null,
    hash: record.hash,
  };
}

function toRecord<T>({ id, ...fields }: LogEntry<T>): LogEntryRecord {
  return { _id: id, ...fields };
}

/** The path of a top-level body field; refuses a name or value that could reach nested paths or act as an operator. */
function bodyPath(field: string, value: LogFieldValue): string {
  if (!FIELD_NAME.test(field)) throw new Error(`Log filter field "${field}" is not a plain field name`);
  if (!SCALAR_TYPES.has(typeof value)) throw new Error(`Log filter value for "${field}" is not a scalar`);
  return `body.${field}`;
}

/**
 * Equality on one top-level body field. `$eq` keeps the value a literal, and excluding arrays
 * matches PostgreSQL's `@>`, where a scalar does not match an array that contains it.
 */
function bodyFieldEquals(field: string, value: LogFieldValue): [string, object] {
  return [bodyPath(field, value), { $eq: value, $not: { $type: 'array' } }];
}

/** A top-level body field equal to the value or, as an array, containing it (MongoDB's `$eq` on arrays). */
function bodyFieldMentions(field: string, value: LogFieldValue): object {
  return { [bodyPath(field, value)]: { $eq: value } };
}

function timeRange(query: Pick<LogQuery, 'from' | 'to'>): { $gte?: Date; $lt?: Date } | undefined {
  if (!query.from && !query.to) return undefined;
  return { ...(query.from && { $gte: query.from }), ...(query.to && { $lt: query.to }) };
}

/** The MongoDB filter for a log query; throws on a field name or value that could act as an operator. */
export function logFilter(
  stream: string,
  query: Omit<LogQuery, 'page' | 'limit'>,
): QueryFilter<LogEntryRecord> {
  const fields = Object.entries(query.where ?? {}).map(([field, value]) => bodyFieldEquals(field, value));
  const { mentions } = query;
  const anyField = mentions && {
    $or: mentions.fields.map((field) => bodyFieldMentions(field, mentions.value)),
  };
  const recordedAt = timeRange(query);
  return { stream, ...Object.fromEntries(fields), ...anyField, ...(recordedAt && { recordedAt }) };
}

/**
 * Append-only logs in MongoDB. There is no lock: each append takes the next sequence number and the
 * unique (stream, sequence) index lets one writer win; the others re-read the tail and try again.
 */
export class MongoAppendOnlyLogStore implements AppendOnlyLogStore, OnModuleInit {
  constructor(private readonly entries: Model<LogEntryRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.entries.init();
    await this.entries.createIndexes();
  }

  async append<T extends object>(stream: string, body: T): Promise<LogEntry<T>> {
    const json = asJson(body);
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt += 1) {
      const entry = await this.nextEntry(stream, json);
      try {
        await this.entries.insertOne(toRecord(entry));
        return entry;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        // Random, so writers that collided do not collide again in lockstep.
        await sleep(Math.random() * MAX_BACKOFF_MS);
      }
    }
    throw new LogAppendContention(stream);
  }

  async list<T>(stream: string, query: LogQuery): Promise<Page<LogEntry<T>>> {
    const filter = logFilter(stream, query);
    const [total, records] = await Promise.all([
      this.entries.countDocuments(filter).exec(),
      this.find(filter, { sequence: -1 }, query.limit, (query.page - 1) * query.limit),
    ]);
    return {
      items: records.map((record) => toEntry<T>(record)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  async readAfter<T>(stream: string, afterSequence: number, limit: number): Promise<LogEntry<T>[]> {
    const records = await this.find({ stream, sequence: { $gt: afterSequence } }, { sequence: 1 }, limit, 0);
    return records.map((record) => toEntry<T>(record));
  }

  /** A page of records; a limit of 0 means none here (as in SQL), not "no limit" as in MongoDB. */
  private async find(
    filter: QueryFilter<LogEntryRecord>,
    sort: { sequence: 1 | -1 },
    limit: number,
    skip: number,
  ): Promise<LogEntryRecord[]> {
    if (limit <= 0) return [];
    return this.entries.find(filter).sort(sort).skip(skip).limit(limit).lean<LogEntryRecord[]>().exec();
  }

  private async nextEntry<T>(stream: string, body: T): Promise<LogEntry<T>> {
    const last = await this.entries
      .findOne({ stream })
      .sort({ sequence: -1 })
      .select({ sequence: 1, hash: 1 })
      .lean<Pick<LogEntryRecord, 'sequence' | 'hash'>>()
      .exec();
    const fields = {
      stream,
      sequence: last ? last.sequence + 1 : 1,
      recordedAt: new Date(),
      previousHash: last?.hash ?? null,
      body,
    };
    return { ...fields, id: randomUUID(), hash: chainHash(fields) };
  }
}
