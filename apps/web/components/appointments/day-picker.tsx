import Link from 'next/link';

import { formatLocalDay } from '@/lib/clinic-time';

interface Props {
  heading: string;
  headingId: string;
  pathname: string;
  /** The choices made so far, kept in every day's link. */
  query: Record<string, string | undefined>;
  days: string[];
  selectedDay?: string;
}

/** The next days, each a link (`&day=YYYY-MM-DD`) that keeps the choices made so far. */
export function DayPicker({ heading, headingId, pathname, query, days, selectedDay }: Props) {
  const kept = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as Record<
    string,
    string
  >;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId}>{heading}</h2>
      <ul className="flex flex-wrap gap-2">
        {days.map((day) => (
          <li key={day}>
            <Link
              href={{ pathname, query: { ...kept, day } }}
              aria-current={day === selectedDay ? 'date' : undefined}
              className={day === selectedDay ? 'btn' : 'btn-secondary'}
              scroll={false}
            >
              <time dateTime={day}>{formatLocalDay(day)}</time>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
