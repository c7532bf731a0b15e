import { formatLocalDay, formatTime } from '@/lib/clinic-time';
import { listSlots } from '@/lib/doctors-api';

const DAYS_AHEAD = 7;

/**
 * What anyone on the staff may see of another doctor's schedule: the free slots of the coming week
 * (GET /doctors/{id}/slots); the weekly rules themselves are the doctor's and the admins' only.
 */
export async function FreeTimes({ doctorId }: { doctorId: string }) {
  const now = new Date();
  const until = new Date(now.getTime() + DAYS_AHEAD * 86_400_000);
  const { timeZone, slots } = await listSlots(doctorId, now.toISOString(), until.toISOString());
  const byDay = new Map<string, string[]>();
  for (const slot of slots) byDay.set(slot.date, [...(byDay.get(slot.date) ?? []), slot.startsAt]);

  return (
    <section aria-labelledby="hours-heading" className="card space-y-3">
      <h2 id="hours-heading">Free times this week</h2>
      <p className="text-slate-700">
        Read-only: the weekly hours and exceptions are kept by the doctor and by admins. Times in the
        clinic&rsquo;s time zone ({timeZone}).
      </p>
      {byDay.size === 0 ? (
        <p>No free times in the next {DAYS_AHEAD} days.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {[...byDay].map(([day, starts]) => (
            <li key={day} className="flex flex-wrap justify-between gap-2 py-2">
              <span className="font-medium">{formatLocalDay(day)}</span>
              <span>
                {starts.length} free {starts.length === 1 ? 'time' : 'times'}, first{' '}
                {formatTime(starts[0], timeZone)}, last {formatTime(starts[starts.length - 1], timeZone)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
