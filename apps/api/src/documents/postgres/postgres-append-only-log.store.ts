import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { Page } from '@healthsync/contracts/common';

import type { AppendOnlyLogStore, LogEntry, LogQuery } from '../document-store';
import { GroupCommit } from '../group-commit';
import { chainHash } from '../hash-chain';

interface LogRow {
  id: string;
  stream: string;
  sequence: string;
  body: unknown;
  recorded_at: Date;
  previous_hash: string | null;
  hash: string;
}

const COLUMNS = 'id, stream, sequence, body, recorded_at, previous_hash, hash';

function toEntry<T>(row: LogRow): LogEntry<T> {
  return {
    id: row.id,
    stream: row.stream,
    sequence: Number(row.sequence),
    body: row.body as T,
    recordedAt: new Date(row.recorded_at),
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/** The next entries of a chain after `last`, each hashed over the one before. */
function chainEntries(
  stream: string,
  bodies: object[],
  last: { sequence: number; hash: string } | null,
): LogEntry<object>[] {
  const entries: LogEntry<object>[] = [];
  let previous = last;
  for (const body of bodies) {
    const fields = {
      stream,
      sequence: (previous?.sequence ?? 0) + 1,
      recordedAt: new Date(),
      previousHash: previous?.hash ?? null,
      body: JSON.parse(JSON.stringify(body)) as object,
    };
    const entry = { ...fields, id: randomUUID(), hash: chainHash(fields) };
    entries.push(entry);
    previous = entry;
  }
  return entries;
}

/** The filter as SQL with numbered parameters; field names travel as JSON values, never as SQL. */
function whereClause(stream: string, query: LogQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [stream];
  const conditions = ['stream = $1'];
  if (query.where && Object.keys(query.where).length > 0) {
    params.push(JSON.stringify(query.where));
    conditions.push(`body @> $${params.length}::jsonb`);
  }
  if (query.mentions) {
    const { fields, value } = query.mentions;
    const alternatives = fields.flatMap((field) => {
      params.push(JSON.stringify({ [field]: value }), JSON.stringify({ [field]: [value] }));
      return [`body @> $${params.length - 1}::jsonb`, `body @> $${params.length}::jsonb`];
    });
    conditions.push(`(${alternatives.join(' OR ')})`);
  }
  if (query.from) {
    params.push(query.from);
    conditions.push(`recorded_at >= $${params.length}`);
  }
  if (query.to) {
    params.push(query.to);
    conditions.push(`recorded_at < $${params.length}`);
  }
  return { sql: conditions.join(' AND '), params };
}

/**
 * Append-only logs as JSONB rows. Appends to one stream are serialised by a transaction-scoped
 * advisory lock, so each entry links to exactly the one before it, across any number of API instances;
 * within an instance, concurrent appends are written together.
 */
@Injectable()
export class PostgresAppendOnlyLogStore implements AppendOnlyLogStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Concurrent appends to a stream share one transaction (group commit); each caller still waits for its commit. */
  private readonly writer = new GroupCommit<object, LogEntry<object>>((stream, bodies) =>
    this.appendBatch(stream, bodies),
  );

  append<T extends object>(stream: string, body: T): Promise<LogEntry<T>> {
    return this.writer.submit(stream, body) as Promise<LogEntry<T>>;
  }

  /** Appends in order under a transaction-scoped advisory lock, so each entry links to the one before. */
  private appendBatch(stream: string, bodies: object[]): Promise<LogEntry<object>[]> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`log:${stream}`]);
      const [last] = (await tx.query(
        'SELECT sequence, hash FROM log_entries WHERE stream = $1 ORDER BY sequence DESC LIMIT 1',
        [stream],
      )) as Array<{ sequence: string; hash: string }>;
      const entries = chainEntries(
        stream,
        bodies,
        last ? { sequence: Number(last.sequence), hash: last.hash } : null,
      );
      const rows = entries.map(
        (_, index) =>
          `($${index * 7 + 1}, $${index * 7 + 2}, $${index * 7 + 3}, $${index * 7 + 4}::jsonb, $${index * 7 + 5}, $${index * 7 + 6}, $${index * 7 + 7})`,
      );
      const params = entries.flatMap((entry) => [
        entry.id,
        entry.stream,
        entry.sequence,
        JSON.stringify(entry.body),
        entry.recordedAt,
        entry.previousHash,
        entry.hash,
      ]);
      await tx.query(`INSERT INTO log_entries (${COLUMNS}) VALUES ${rows.join(', ')}`, params);
      return entries;
    });
  }

  async list<T>(stream: string, query: LogQuery): Promise<Page<LogEntry<T>>> {
    const { sql, params } = whereClause(stream, query);
    const [{ total }] = (await this.db.query(
      `SELECT count(*)::int AS total FROM log_entries WHERE ${sql}`,
      params,
    )) as Array<{ total: number }>;
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM log_entries WHERE ${sql} ORDER BY sequence DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, (query.page - 1) * query.limit],
    )) as LogRow[];
    return { items: rows.map((row) => toEntry<T>(row)), total, page: query.page, limit: query.limit };
  }

  async readAfter<T>(stream: string, afterSequence: number, limit: number): Promise<LogEntry<T>[]> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM log_entries WHERE stream = $1 AND sequence > $2 ORDER BY sequence LIMIT $3`,
      [stream, afterSequence, limit],
    )) as LogRow[];
    return rows.map((row) => toEntry<T>(row));
  }
}
