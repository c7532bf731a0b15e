import Link from 'next/link';

interface Props {
  /** The page's path and its current filters; `page` is replaced. */
  pathname: string;
  query: Record<string, string | undefined>;
  page: number;
  limit: number;
  total: number;
  /** What is counted, plural: "accounts". */
  noun: string;
}

/** "Showing 21–40 of 57 accounts" with previous and next links that keep the filters. */
export function Pagination({ pathname, query, page, limit, total, noun }: Props) {
  const pages = Math.max(1, Math.ceil(total / limit));
  const first = total === 0 ? 0 : (page - 1) * limit + 1;
  const last = Math.min(total, page * limit);
  const hrefOf = (target: number) => ({
    pathname,
    query: Object.fromEntries(
      Object.entries({ ...query, page: String(target) }).filter(
        ([, value]) => value !== undefined && value !== '',
      ),
    ),
  });
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-slate-700">
        {total === 0 ? `No ${noun}` : `Showing ${first}–${last} of ${total} ${noun}`} · page{' '}
        {Math.min(page, pages)} of {pages}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefOf(page - 1)} className="btn-secondary" rel="prev">
            Previous page
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={hrefOf(page + 1)} className="btn-secondary" rel="next">
            Next page
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
