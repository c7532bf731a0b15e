import { SchedulingRuleCode } from '@healthsync/domain/scheduling';

/** Every code a doctor's schedule change may be refused with: the API's and the domain rules'. */
export enum ScheduleErrorCode {
  InvalidRules = SchedulingRuleCode.InvalidRules,
  InvalidExceptions = SchedulingRuleCode.InvalidExceptions,
  InvalidTimeZone = SchedulingRuleCode.InvalidTimeZone,
  InvalidPolicy = SchedulingRuleCode.InvalidPolicy,
  DayOffExists = 'SCHEDULE.DAY_OFF_EXISTS',
  ExceptionNotFound = 'SCHEDULE.EXCEPTION_NOT_FOUND',
}
