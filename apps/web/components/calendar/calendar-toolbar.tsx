import Link from 'next/link';

import type { DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { calendarHref, type CalendarRange, type CalendarView } from '@/lib/calendar/calendar-range';
import { doctorName } from '@/lib/doctors-api';

interface Props {
  view: CalendarView;
  date: string;
  today: string;
  range: CalendarRange;
  title: string;
  /** The doctors to choose from; absent for a doctor, who sees their own calendar. */
  doctors?: DoctorView[];
  doctorId?: string;
}

/** Links that step through days or weeks and switch the view, and the doctor choice: all in the URL. */
export function CalendarToolbar({ view, date, today, range, title, doctors, doctorId }: Props) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <nav aria-label="Calendar dates" className="flex flex-wrap items-center gap-2">
        <Link href={calendarHref(view, range.previous, doctorId)} className="btn-secondary py-1">
          <span aria-hidden="true">‹</span> Previous {view}
        </Link>
        <Link href={calendarHref(view, today, doctorId)} className="btn-secondary py-1">
          Today
        </Link>
        <Link href={calendarHref(view, range.next, doctorId)} className="btn-secondary py-1">
          Next {view} <span aria-hidden="true">›</span>
        </Link>
        <p className="w-full font-semibold sm:ml-2 sm:w-auto" aria-live="polite">
          {title}
        </p>
      </nav>
      <div className="flex flex-wrap items-end gap-4">
        <nav aria-label="Calendar view" className="flex gap-1">
          {(['day', 'week'] as const).map((option) => (
            <Link
              key={option}
              href={calendarHref(option, date, doctorId)}
              aria-current={option === view ? 'page' : undefined}
              className={option === view ? 'btn py-1' : 'btn-secondary py-1'}
            >
              {option === 'day' ? 'Day' : 'Week'}
            </Link>
          ))}
        </nav>
        {doctors && (
          <form method="get" action="/staff/calendar" className="flex items-end gap-2">
            <input type="hidden" name="view" value={view} />
            <input type="hidden" name="date" value={date} />
            <div>
              <label htmlFor="calendar-doctor" className="block font-medium">
                Doctor
              </label>
              <select
                id="calendar-doctor"
                name="doctor"
                defaultValue={doctorId ?? ''}
                className="field-input py-1"
              >
                <option value="">Whole clinic</option>
                {doctors.map((doctor) => (
                  <option key={doctor.id} value={doctor.id}>
                    {doctorName(doctor)} ({doctor.specialty})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary py-1.5">
              Show
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
