import type { Page } from '@healthsync/contracts/common';
import { IDS_PER_REQUEST_MAX } from '@healthsync/contracts/common/id-list';

/**
 * The records behind a list of ids, fetched with the API's `ids` filter: one request per hundred
 * distinct ids, never one per row. An id the caller may not see is simply not in the answer.
 */
export async function fetchByIds<T extends { id: string }>(
  ids: Iterable<string | null | undefined>,
  fetchPage: (batch: string[]) => Promise<Page<T>>,
): Promise<Map<string, T>> {
  const unique = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  const batches = Array.from({ length: Math.ceil(unique.length / IDS_PER_REQUEST_MAX) }, (_, index) =>
    unique.slice(index * IDS_PER_REQUEST_MAX, (index + 1) * IDS_PER_REQUEST_MAX),
  );
  const pages = await Promise.all(batches.map(fetchPage));
  return new Map(pages.flatMap((page) => page.items).map((item) => [item.id, item]));
}

/** A query's `ids` filter for one batch, with a page large enough to hold it. */
export const idsQuery = (batch: string[]) => ({ ids: batch.join(','), limit: IDS_PER_REQUEST_MAX });

/** "First Last" by id. */
export const namesOf = <T extends { firstName: string; lastName: string }>(
  records: Map<string, T>,
): Map<string, string> =>
  new Map([...records].map(([id, person]) => [id, `${person.firstName} ${person.lastName}`]));
