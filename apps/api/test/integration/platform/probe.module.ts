import { Body, Controller, Get, Module, Post, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';

import { parseSort, SortablePageQuery } from '@healthsync/contracts/common';

import { AppCache } from '../../../src/cache/app-cache';
import { Public } from '../../../src/common/auth/access.decorators';

/**
 * A stand-in feature module with a table of its own: lets the platform tests drive the real HTTP
 * stack (validation, errors, cache) end to end before the real feature modules exist.
 */
export const PROBE_TABLE_SQL = `CREATE TABLE IF NOT EXISTS probe_notes (
  id serial PRIMARY KEY, title text NOT NULL UNIQUE, body text, created_at timestamptz NOT NULL DEFAULT now())`;

export class CreateNoteDto {
  @IsString()
  @Length(1, 80)
  title!: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  body?: string;
}

const NOTE_SORT_FIELDS = ['title', 'createdAt'] as const;
const NOTE_SORT_COLUMNS: Record<(typeof NOTE_SORT_FIELDS)[number], string> = {
  title: 'title',
  createdAt: 'created_at',
};

export class NoteListQuery extends SortablePageQuery(NOTE_SORT_FIELDS, '-createdAt') {}

@Controller('probe/notes')
@Public()
export class ProbeController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: AppCache,
  ) {}

  @Post()
  async create(@Body() dto: CreateNoteDto) {
    const [row] = await this.db.query(
      'INSERT INTO probe_notes (title, body) VALUES ($1, $2) RETURNING id, title',
      [dto.title, dto.body ?? null],
    );
    return row;
  }

  @Get()
  async list(@Query() query: NoteListQuery) {
    const { field, direction } = parseSort(query.sort, NOTE_SORT_FIELDS);
    const rows = await this.db.query(
      `SELECT title FROM probe_notes ORDER BY ${NOTE_SORT_COLUMNS[field]} ${direction} LIMIT $1 OFFSET $2`,
      [query.limit, (query.page - 1) * query.limit],
    );
    return { items: rows };
  }

  @Get('count')
  async count() {
    return this.cache.getOrLoad(
      'probe:count',
      async () => {
        const [{ count }] = await this.db.query('SELECT count(*)::int AS count FROM probe_notes');
        return { count };
      },
      1,
    );
  }

  @Get('boom')
  boom(): never {
    throw new Error('SELECT secret FROM internal_table; at Object.<anonymous> (/srv/app.js:1:1)');
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
