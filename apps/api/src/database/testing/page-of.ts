import type { Page } from '@healthsync/contracts/common';

/** The requested page of an in-memory list, as a repository returns it from the database. */
export function pageOf<T>(items: readonly T[], { page, limit }: { page: number; limit: number }): Page<T> {
  const start = (page - 1) * limit;
  return { items: items.slice(start, start + limit), total: items.length, page, limit };
}
