import Link from 'next/link';

import { formatLocalDay } from '../lib/clinic-time';

interface Props {
  doctorId: string;
  specialty?: string;
  days: string[];
  selectedDay?: string;
}

/** Step 2: the next days, each a link that keeps the chosen doctor. */
export function DayPicker({ doctorId, specialty, days, selectedDay }: Props) {
  return (
    <section aria-labelledby="day-step" className="space-y-3">
      <h2 id="day-step">2. Choose a day</h2>
      <ul className="flex flex-wrap gap-2">
        {days.map((day) => (
          <li key={day}>
            <Link
              href={{
                pathname: '/portal/book',
                query: { ...(specialty ? { specialty } : {}), doctor: doctorId, day },
              }}
              aria-current={day === selectedDay ? 'date' : undefined}
              className={day === selectedDay ? 'btn' : 'btn-secondary'}
            >
              <time dateTime={day}>{formatLocalDay(day)}</time>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
