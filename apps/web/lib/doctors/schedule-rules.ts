import type { FieldError, WeeklyRule } from '@healthsync/domain/scheduling';
// The validation module alone, so the browser bundle does not carry the zone library.
import { validateExceptions, validateWeeklyRules } from '@healthsync/domain/scheduling/validation';

import { fieldErrorsOf } from '@/lib/problem';

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export const weekdayName = (weekday: number) => WEEKDAYS[weekday - 1] ?? `Day ${weekday}`;

/** The same checks the API runs, as field errors keyed like the API's (`rules.2.end`). */
function errorsOf(check: () => void): Record<string, string> {
  try {
    check();
    return {};
  } catch (error) {
    const details = (error as { details?: { errors?: FieldError[] } }).details;
    if (!details?.errors) throw error;
    return fieldErrorsOf(details.errors);
  }
}

/** Problems with the weekly rules; "Overlaps rules.3" is said as the window it overlaps. */
export function weeklyRuleErrors(rules: WeeklyRule[]): Record<string, string> {
  const errors = errorsOf(() => validateWeeklyRules(rules));
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      field,
      message.replace(/rules\.(\d+)/g, (_, index: string) => {
        const other = rules[Number(index)];
        return other ? `the ${other.start}–${other.end} window` : 'another window';
      }),
    ]),
  );
}

/** Problems with one exception, keyed by the form's field names (`date`, `start`, …). */
export function exceptionErrors(
  exception: Parameters<typeof validateExceptions>[0][number],
): Record<string, string> {
  const errors = errorsOf(() => validateExceptions([exception]));
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field.replace(/^exceptions\.0\./, ''), message]),
  );
}
