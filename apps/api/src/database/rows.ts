import type { Page } from '@healthsync/contracts/common';

/** A timestamp column that may be NULL, as a Date. */
export const optionalDate = (value: Date | string | null): Date | null => (value ? new Date(value) : null);

/** A page of rows selected with `count(*) OVER () AS total`, each turned into its record. */
export function pageOfRows<Row extends { total: string | number }, Item>(
  rows: Row[],
  { page, limit }: { page: number; limit: number },
  toItem: (row: Row) => Item,
): Page<Item> {
  return { items: rows.map(toItem), total: Number(rows[0]?.total ?? 0), page, limit };
}
