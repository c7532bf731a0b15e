import type { AvailabilityException, Weekday, WeeklyRule } from '@healthsync/domain/scheduling';

import type { AvailabilityExceptionEntity, AvailabilityRuleEntity } from './availability.entities';

const hhmm = (time: string) => time.slice(0, 5);

export function toWeeklyRule(rule: AvailabilityRuleEntity): WeeklyRule {
  return {
    weekday: rule.weekday as Weekday,
    start: hhmm(rule.startTime),
    end: hhmm(rule.endTime),
    slotMinutes: rule.slotMinutes,
    appointmentTypes: rule.appointmentTypes,
  };
}

export function toException(exception: AvailabilityExceptionEntity): AvailabilityException {
  return {
    date: exception.date,
    kind: exception.kind,
    ...(exception.startTime ? { start: hhmm(exception.startTime) } : {}),
    ...(exception.endTime ? { end: hhmm(exception.endTime) } : {}),
    ...(exception.slotMinutes ? { slotMinutes: exception.slotMinutes } : {}),
  };
}
