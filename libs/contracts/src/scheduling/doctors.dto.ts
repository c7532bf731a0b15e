import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { APPOINTMENT_TYPE_NAMES, type AppointmentTypeName } from '@healthsync/domain/appointments';

import { IDS_PER_REQUEST_MAX, listOfIds } from '../common/id-list';
import { PageQuery } from '../common/pagination';
import { SEARCH_TEXT_MAX_LENGTH } from '../common/text-limits';
import {
  AVAILABILITY_RULES_MAX,
  BUFFER_MINUTES_MAX,
  CONSULTATION_FEE_MINOR_MAX,
  DAILY_CAP_MAX,
  DOCTOR_BIO_MAX_LENGTH,
  EXCEPTION_REASON_MAX_LENGTH,
  MAX_SLOT_MINUTES,
  MIN_NOTICE_MINUTES_MAX,
  MIN_SLOT_MINUTES,
  SPECIALTY_MAX_LENGTH,
} from './scheduling-limits';

export * from './scheduling-limits';

export const APPOINTMENT_TYPES = APPOINTMENT_TYPE_NAMES;
export type { AppointmentTypeName };

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class DoctorListQuery extends PageQuery {
  /** Exact specialty, any case. */
  @IsOptional()
  @Transform(trim)
  @Length(1, SPECIALTY_MAX_LENGTH)
  specialty?: string;

  /** Part of the doctor's name. */
  @IsOptional()
  @Transform(trim)
  @Length(1, SEARCH_TEXT_MAX_LENGTH)
  q?: string;

  /** These doctors only (ids comma-separated or repeated, at most 100): the names behind a list of appointments. */
  @IsOptional()
  @Transform(listOfIds)
  @ArrayMaxSize(IDS_PER_REQUEST_MAX)
  @IsUUID('all', { each: true })
  @IsArray()
  ids?: string[];
}

export class UpdateDoctorProfileDto {
  @IsOptional()
  @Transform(trim)
  @Length(1, SPECIALTY_MAX_LENGTH)
  specialty?: string;

  @IsOptional()
  @IsString()
  @MaxLength(DOCTOR_BIO_MAX_LENGTH)
  bio?: string;

  /** Languages spoken, as BCP 47 tags (`en`, `de`, `pt-BR`). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    each: true,
    message: 'each language must be a BCP 47 tag such as en or pt-BR',
  })
  languages?: string[];

  /** Integer minor units of `currency` (1250 = 12.50). */
  @IsOptional()
  @Min(0)
  @Max(CONSULTATION_FEE_MINOR_MAX)
  @IsInt()
  consultationFeeMinor?: number;

  /** ISO 4217 code. */
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency?: string;

  @IsOptional()
  @Min(MIN_SLOT_MINUTES)
  @Max(MAX_SLOT_MINUTES)
  @IsInt()
  defaultSlotMinutes?: number;

  /** Busy time kept free before and after each appointment. */
  @IsOptional()
  @Min(0)
  @Max(BUFFER_MINUTES_MAX)
  @IsInt()
  bufferMinutes?: number;

  /** How long before its start a slot can still be booked. */
  @IsOptional()
  @Min(0)
  @Max(MIN_NOTICE_MINUTES_MAX)
  @IsInt()
  minNoticeMinutes?: number;

  /** Most appointments a day; null for no cap. */
  @IsOptional()
  @Min(1)
  @Max(DAILY_CAP_MAX)
  @IsInt()
  dailyCap?: number | null;
}

export class AvailabilityRuleDto {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Min(1)
  @Max(7)
  @IsInt()
  weekday!: number;

  /** Clinic-local wall-clock time, HH:mm. */
  @Matches(WALL_TIME, { message: 'start must be a time as HH:mm' })
  start!: string;

  @Matches(WALL_TIME, { message: 'end must be a time as HH:mm' })
  end!: string;

  @Min(MIN_SLOT_MINUTES)
  @Max(MAX_SLOT_MINUTES)
  @IsInt()
  slotMinutes!: number;

  /** Only these appointment types in this window; all when absent. */
  @IsOptional()
  @IsArray()
  @IsIn(APPOINTMENT_TYPES, { each: true })
  appointmentTypes?: AppointmentTypeName[] | null;
}

export class ReplaceAvailabilityDto {
  @IsArray()
  @ArrayMaxSize(AVAILABILITY_RULES_MAX)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityRuleDto)
  rules!: AvailabilityRuleDto[];
}

export class AvailabilityExceptionDto {
  @Matches(DATE, { message: 'date must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  date!: string;

  @IsIn(['day_off', 'extra_hours'])
  kind!: 'day_off' | 'extra_hours';

  @IsOptional()
  @Matches(WALL_TIME, { message: 'start must be a time as HH:mm' })
  start?: string;

  @IsOptional()
  @Matches(WALL_TIME, { message: 'end must be a time as HH:mm' })
  end?: string;

  @IsOptional()
  @Min(MIN_SLOT_MINUTES)
  @Max(MAX_SLOT_MINUTES)
  @IsInt()
  slotMinutes?: number;

  @IsOptional()
  @IsString()
  @MaxLength(EXCEPTION_REASON_MAX_LENGTH)
  reason?: string;
}

export class SlotQuery {
  /** Start of the range, an ISO 8601 instant with zone. */
  @IsISO8601({ strict: true })
  from!: string;

  /** End of the range (exclusive); at most 31 days after `from`. */
  @IsISO8601({ strict: true })
  to!: string;

  @IsOptional()
  @IsIn(APPOINTMENT_TYPES)
  type?: AppointmentTypeName;
}
