import Link, { type LinkProps } from 'next/link';

import { pageCount } from '@/lib/page-number';

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
  const pages = pageCount(total, limit);
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

interface PageStepsProps {
  /** The navigation's name: "Pages", "Pages of patients". */
  label: string;
  page: number;
  pages: number;
  hrefOf: (page: number) => LinkProps['href'];
  labels?: { previous: string; next: string };
  linkClassName?: string;
  className?: string;
}

/** "Page 2 of 5" between a previous and a next link; a missing link keeps its place. Nothing for one page. */
export function PageSteps({
  label,
  page,
  pages,
  hrefOf,
  labels = { previous: 'Previous page', next: 'Next page' },
  linkClassName,
  className = 'flex items-center justify-between gap-3',
}: PageStepsProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className={className}>
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={linkClassName} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} className={linkClassName} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
