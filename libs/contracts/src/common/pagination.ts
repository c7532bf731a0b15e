import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE } from './page-limits';

export * from './page-limits';

/** `limit` and `page` of a list request; every list endpoint extends it. */
export class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = DEFAULT_PAGE_SIZE;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;
}

/** A page of results with the total number of matches. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export type SortDirection = 'ASC' | 'DESC';

export interface SortOrder<F extends string> {
  field: F;
  direction: SortDirection;
}

/** The accepted `sort` values for a list of fields: `name` ascending, `-name` descending. */
export function sortValues<F extends string>(fields: readonly F[]): string[] {
  return fields.flatMap((field) => [field, `-${field}`]);
}

/**
 * A list query whose `sort` accepts only the given fields (an allow-list, so a sort parameter can
 * never carry SQL). Use as `class PatientListQuery extends SortablePageQuery(['name', 'createdAt'], '-createdAt') {}`.
 */
export function SortablePageQuery<F extends string>(fields: readonly F[], defaultSort: F | `-${F}`) {
  const allowed = sortValues(fields);

  class SortableQuery extends PageQuery {
    @IsOptional()
    @IsIn(allowed, { message: `sort must be one of: ${allowed.join(', ')}` })
    sort: string = defaultSort;

    static readonly sortFields = fields;
  }
  return SortableQuery;
}

/** Parses an allow-listed sort value (`-createdAt`) into a field and direction. */
export function parseSort<F extends string>(sort: string, fields: readonly F[]): SortOrder<F> {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as F;
  if (!fields.includes(field)) throw new RangeError(`Sort field ${field} is not allowed`);
  return { field, direction: descending ? 'DESC' : 'ASC' };
}
