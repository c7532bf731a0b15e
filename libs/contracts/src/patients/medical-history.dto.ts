import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  ALLERGY_SEVERITIES,
  type AllergySeverity,
  MEDICAL_HISTORY_MAX_ENTRIES,
  MEDICAL_HISTORY_TEXT_MAX,
} from './medical-history-rules';
import { IsPastYear, SingleLine } from './patient-rules';

export * from './medical-history-rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item))
    : value;

export class AllergyDto {
  /** What the patient reacts to: penicillin, peanuts, latex… */
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, MEDICAL_HISTORY_TEXT_MAX.substance)
  substance!: string;

  @IsOptional()
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, MEDICAL_HISTORY_TEXT_MAX.reaction)
  reaction?: string;

  @IsIn(ALLERGY_SEVERITIES, { message: `severity must be one of: ${ALLERGY_SEVERITIES.join(', ')}` })
  severity!: AllergySeverity;
}

export class PastSurgeryDto {
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, MEDICAL_HISTORY_TEXT_MAX.procedure)
  procedure!: string;

  /** The year of the operation, when known. */
  @IsOptional()
  @IsPastYear()
  @IsInt()
  year?: number;
}

export class MedicationDto {
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, MEDICAL_HISTORY_TEXT_MAX.medication)
  name!: string;

  /** Strength and amount: 500 mg, 2 puffs. */
  @IsOptional()
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, MEDICAL_HISTORY_TEXT_MAX.dose)
  dose?: string;

  /** How often: twice daily, as needed. */
  @IsOptional()
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, MEDICAL_HISTORY_TEXT_MAX.frequency)
  frequency?: string;
}

/**
 * A new version of a patient's medical history, replacing the previous one as a whole (every section
 * is sent, empty when there is nothing to record). History is never overwritten: each write appends.
 */
export class MedicalHistoryDto {
  /** The version this one replaces (0 when there is none yet); a newer one answers 409. */
  @Min(0)
  @Max(2_147_483_647)
  @IsInt()
  expectedVersion!: number;

  @ValidateNested({ each: true })
  @Type(() => AllergyDto)
  @IsObject({ each: true })
  @ArrayMaxSize(MEDICAL_HISTORY_MAX_ENTRIES)
  @IsArray()
  allergies!: AllergyDto[];

  @Length(1, MEDICAL_HISTORY_TEXT_MAX.condition, { each: true })
  @SingleLine({ each: true })
  @IsString({ each: true })
  @Transform(trimEach)
  @ArrayMaxSize(MEDICAL_HISTORY_MAX_ENTRIES)
  @IsArray()
  chronicConditions!: string[];

  @ValidateNested({ each: true })
  @Type(() => PastSurgeryDto)
  @IsObject({ each: true })
  @ArrayMaxSize(MEDICAL_HISTORY_MAX_ENTRIES)
  @IsArray()
  pastSurgeries!: PastSurgeryDto[];

  /** Conditions in the family: "mother: type 2 diabetes". */
  @Length(1, MEDICAL_HISTORY_TEXT_MAX.familyHistory, { each: true })
  @SingleLine({ each: true })
  @IsString({ each: true })
  @Transform(trimEach)
  @ArrayMaxSize(MEDICAL_HISTORY_MAX_ENTRIES)
  @IsArray()
  familyHistory!: string[];

  @ValidateNested({ each: true })
  @Type(() => MedicationDto)
  @IsObject({ each: true })
  @ArrayMaxSize(MEDICAL_HISTORY_MAX_ENTRIES)
  @IsArray()
  currentMedications!: MedicationDto[];
}
