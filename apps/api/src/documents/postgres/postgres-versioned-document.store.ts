import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { describeDatabaseError } from '../../common/errors/database-errors';
import {
  DocumentVersionConflict,
  type AppendVersionOptions,
  type VersionedDocument,
  type VersionedDocumentStore,
} from '../document-store';

interface VersionRow {
  collection: string;
  document_key: string;
  version: number;
  body: unknown;
  author_id: string | null;
  created_at: Date;
}

const COLUMNS = 'collection, document_key, version, body, author_id, created_at';

function toDocument<T>(row: VersionRow): VersionedDocument<T> {
  return {
    collection: row.collection,
    key: row.document_key,
    version: Number(row.version),
    body: row.body as T,
    authorId: row.author_id,
    createdAt: new Date(row.created_at),
  };
}

/** Versioned documents as JSONB rows; the unique (collection, key, version) constraint settles races. */
@Injectable()
export class PostgresVersionedDocumentStore implements VersionedDocumentStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async append<T>(
    collection: string,
    key: string,
    body: T,
    options: AppendVersionOptions,
  ): Promise<VersionedDocument<T>> {
    const current = (await this.latest(collection, key))?.version ?? 0;
    if (current !== options.expectedVersion)
      throw new DocumentVersionConflict(collection, key, options.expectedVersion, current);
    try {
      const [row] = (await this.db.query(
        `INSERT INTO document_versions (collection, document_key, version, body, author_id)
         VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING ${COLUMNS}`,
        [collection, key, current + 1, JSON.stringify(body), options.authorId ?? null],
      )) as VersionRow[];
      return toDocument<T>(row);
    } catch (error) {
      if (describeDatabaseError(error)?.status !== 409) throw error;
      const winner = (await this.latest(collection, key))?.version ?? current + 1;
      throw new DocumentVersionConflict(collection, key, options.expectedVersion, winner);
    }
  }

  async latest<T>(collection: string, key: string): Promise<VersionedDocument<T> | null> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM document_versions WHERE collection = $1 AND document_key = $2 ORDER BY version DESC LIMIT 1`,
      [collection, key],
    )) as VersionRow[];
    return rows[0] ? toDocument<T>(rows[0]) : null;
  }

  async version<T>(collection: string, key: string, version: number): Promise<VersionedDocument<T> | null> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM document_versions WHERE collection = $1 AND document_key = $2 AND version = $3`,
      [collection, key, version],
    )) as VersionRow[];
    return rows[0] ? toDocument<T>(rows[0]) : null;
  }

  async history<T>(collection: string, key: string): Promise<VersionedDocument<T>[]> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM document_versions WHERE collection = $1 AND document_key = $2 ORDER BY version`,
      [collection, key],
    )) as VersionRow[];
    return rows.map((row) => toDocument<T>(row));
  }
}
