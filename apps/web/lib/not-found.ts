import { notFound } from 'next/navigation';

import { ApiError } from './problem';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * A record the caller may not see (404, 403) or an id that is not one (400) renders the page's
 * not-found, so the portal leaks no more than the API does.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ApiError && [400, 403, 404].includes(error.status)) notFound();
    throw error;
  }
}

/** The record with this id, or the page's not-found; an id that is no UUID is not sent to the API. */
export function byIdOrNotFound<T>(id: string, load: (id: string) => Promise<T>): Promise<T> {
  if (!isUuid(id)) notFound();
  return orNotFound(load(id));
}
