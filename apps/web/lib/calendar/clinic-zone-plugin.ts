import { createPlugin } from '@fullcalendar/core';
import { NamedTimeZoneImpl } from '@fullcalendar/core/internal';
import { DateTime } from 'luxon';

/**
 * FullCalendar shows a named `timeZone` correctly only with a plugin that knows the zone's offsets
 * (without one it treats the name as UTC). Luxon, which the scheduling rules already use, knows them.
 */
class ClinicZone extends NamedTimeZoneImpl {
  /** Minutes east of UTC at a wall-clock time given as [year, month0, day, hour, minute, second, ms]. */
  offsetForArray(parts: number[]): number {
    const [year, month0 = 0, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0] = parts;
    return DateTime.fromObject(
      { year, month: month0 + 1, day, hour, minute, second, millisecond },
      { zone: this.timeZoneName },
    ).offset;
  }

  timestampToArray(ms: number): number[] {
    const local = DateTime.fromMillis(ms, { zone: this.timeZoneName });
    return [
      local.year,
      local.month - 1,
      local.day,
      local.hour,
      local.minute,
      local.second,
      local.millisecond,
    ];
  }
}

export const clinicZonePlugin = createPlugin({
  name: 'healthsync-clinic-zone',
  namedTimeZonedImpl: ClinicZone,
});
