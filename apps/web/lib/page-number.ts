import { MAX_PAGE } from '@healthsync/contracts/common/page-limits';

/** A list's `?page=`: a whole number from 1 to the API's MAX_PAGE; anything else is the first page. */
export function pageNumber(value: string | string[] | undefined): number {
  const page = Number((Array.isArray(value) ? value[0] : value)?.trim() || 1);
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
}

/** How many pages `total` items fill, `limit` a page; an empty list is one (empty) page. */
export const pageCount = (total: number, limit: number): number => Math.max(1, Math.ceil(total / limit));
