import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { APPOINTMENT_TYPES } from '@healthsync/contracts/scheduling';
import type {
  AvailabilityView as AvailabilityContract,
  AvailabilityExceptionView,
  DoctorView as DoctorContract,
} from '@healthsync/contracts/scheduling/scheduling.responses';
import { WEEKDAYS, type Weekday, type WeeklyRule } from '@healthsync/domain/scheduling';

import { toException, toWeeklyRule } from './availability.mapper';
import type { DoctorRecord, StoredSchedule } from './doctors.repository';
import { PageDto } from '../../common/openapi/page.dto';

export class DoctorView implements DoctorContract {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  firstName!: string;

  @ApiProperty()
  lastName!: string;

  @ApiProperty({ example: 'Cardiology' })
  specialty!: string;

  @ApiProperty()
  licenceNumber!: string;

  @ApiProperty()
  bio!: string;

  @ApiProperty({ type: [String], example: ['en', 'de'] })
  languages!: string[];

  @ApiProperty({ description: 'Integer minor units of `currency`.', example: 6000 })
  consultationFeeMinor!: number;

  @ApiProperty({ example: 'EUR' })
  currency!: string;

  @ApiProperty({ example: 30 })
  defaultSlotMinutes!: number;

  @ApiProperty({ example: 5 })
  bufferMinutes!: number;

  @ApiProperty({ example: 120 })
  minNoticeMinutes!: number;

  @ApiProperty({ nullable: true, type: Number, example: 16 })
  dailyCap!: number | null;
}

export class DoctorPageView extends PageDto(DoctorView) {}

class RuleView implements WeeklyRule {
  @ApiProperty({ enum: WEEKDAYS, minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday.' })
  weekday!: Weekday;

  @ApiProperty({ example: '08:00' })
  start!: string;

  @ApiProperty({ example: '12:00' })
  end!: string;

  @ApiProperty({ example: 30 })
  slotMinutes!: number;

  @ApiPropertyOptional({ enum: APPOINTMENT_TYPES, isArray: true, nullable: true })
  appointmentTypes?: string[] | null;
}

class ExceptionView implements AvailabilityExceptionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date' })
  date!: string;

  @ApiProperty({ enum: ['day_off', 'extra_hours'] })
  kind!: 'day_off' | 'extra_hours';

  @ApiPropertyOptional({ example: '14:00' })
  start?: string;

  @ApiPropertyOptional({ example: '16:00' })
  end?: string;

  @ApiPropertyOptional()
  slotMinutes?: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  reason?: string | null;
}

export class AvailabilityView implements AvailabilityContract {
  @ApiProperty({ type: [RuleView] })
  rules!: RuleView[];

  @ApiProperty({ type: [ExceptionView] })
  exceptions!: ExceptionView[];
}

export function toDoctorView({ doctor, firstName, lastName }: DoctorRecord): DoctorView {
  return {
    id: doctor.id,
    firstName,
    lastName,
    specialty: doctor.specialty,
    licenceNumber: doctor.licenceNumber,
    bio: doctor.bio,
    languages: doctor.languages,
    consultationFeeMinor: doctor.consultationFeeMinor,
    currency: doctor.currency,
    defaultSlotMinutes: doctor.defaultSlotMinutes,
    bufferMinutes: doctor.bufferMinutes,
    minNoticeMinutes: doctor.minNoticeMinutes,
    dailyCap: doctor.dailyCap,
  };
}

export function toAvailabilityView(schedule: StoredSchedule): AvailabilityView {
  return {
    rules: schedule.rules.map(toWeeklyRule),
    exceptions: schedule.exceptions.map((exception) => ({
      id: exception.id,
      reason: exception.reason,
      ...toException(exception),
    })),
  };
}
