import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsISO31661Alpha2,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { listOfIds } from '../common/id-list';
import { EMAIL_MAX_LENGTH, PERSON_NAME_MAX_LENGTH } from '../common/text-limits';
import { SortablePageQuery } from '../common/pagination';
import {
  IsBirthDate,
  IsCalendarDate,
  LANGUAGE_TAG_PATTERN,
  MRN_PATTERN,
  PATIENT_PHONE_PATTERN,
  PATIENT_IDS_MAX,
  PATIENT_TEXT_MAX,
  PATIENT_SEARCH_TEXT_MAX,
  Sex,
  SingleLine,
} from './patient-rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimUpper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

const phoneRule = (field: string) => ({
  message: `${field} must be a phone number with at least 6 digits, e.g. +44 20 7946 0001`,
});
const languageRule = { message: 'preferredLanguage must be a language tag such as en, de or pt-BR' };

/** "Must be valid when sent"; unlike `@IsOptional()` it refuses null, for columns that cannot be empty. */
const WhenSent = () => ValidateIf((_: object, value: unknown) => value !== undefined);

export class AddressDto {
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PATIENT_TEXT_MAX.addressLine)
  line1!: string;

  @IsOptional()
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PATIENT_TEXT_MAX.addressLine)
  line2?: string | null;

  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PATIENT_TEXT_MAX.city)
  city!: string;

  @IsOptional()
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PATIENT_TEXT_MAX.postcode)
  postcode?: string | null;

  /** ISO 3166-1 alpha-2 country code, e.g. GB or DE. */
  @Transform(trimUpper)
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as GB or DE' })
  @SingleLine()
  @IsString()
  country!: string;
}

export class EmergencyContactDto {
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PATIENT_TEXT_MAX.contactName)
  name!: string;

  /** How they are related to the patient: spouse, parent, friend… */
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PATIENT_TEXT_MAX.relationship)
  relationship!: string;

  @Matches(PATIENT_PHONE_PATTERN, phoneRule('phone'))
  @SingleLine()
  @IsString()
  phone!: string;
}

export class InsuranceDto {
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PATIENT_TEXT_MAX.payer)
  payer!: string;

  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PATIENT_TEXT_MAX.memberId)
  memberId!: string;
}

/** The contact details a patient may change themselves; null clears a field, an absent one stays. */
export class UpdateMyContactDto {
  @IsOptional()
  @Matches(PATIENT_PHONE_PATTERN, phoneRule('phone'))
  @SingleLine()
  @IsString()
  phone?: string | null;

  /** Contact email, apart from the sign-in email. */
  @IsOptional()
  @Transform(normaliseEmail)
  @SingleLine()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  @IsObject()
  address?: AddressDto | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => EmergencyContactDto)
  @IsObject()
  emergencyContact?: EmergencyContactDto | null;

  /** BCP 47 language tag: en, de, pt-BR. */
  @IsOptional()
  @Matches(LANGUAGE_TAG_PATTERN, languageRule)
  @Length(2, PATIENT_TEXT_MAX.languageTag)
  @SingleLine()
  @IsString()
  preferredLanguage?: string | null;
}

/** The contact and cover details of a patient's record, shared by registration and a change; null clears one. */
class PatientDetailsDto extends UpdateMyContactDto {
  @IsOptional()
  @ValidateNested()
  @Type(() => InsuranceDto)
  @IsObject()
  insurance?: InsuranceDto | null;
}

/** A patient's record as the front desk registers it. */
export class CreatePatientDto extends PatientDetailsDto {
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PERSON_NAME_MAX_LENGTH)
  firstName!: string;

  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PERSON_NAME_MAX_LENGTH)
  lastName!: string;

  /** Calendar date, YYYY-MM-DD, not in the future. */
  @IsBirthDate()
  @SingleLine()
  @IsString()
  dateOfBirth!: string;

  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex;

  /** Register even though a patient with the same name and date of birth exists (after a 409 naming them). */
  @IsOptional()
  @IsBoolean()
  confirmDuplicate?: boolean;
}

/** A change to a patient's record: absent fields stay, null clears an optional one. */
export class UpdatePatientDto extends PatientDetailsDto {
  /** The version of the record the change is based on; a newer one answers 409. */
  @IsInt()
  @Min(1)
  version!: number;

  @WhenSent()
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PERSON_NAME_MAX_LENGTH)
  firstName?: string;

  @WhenSent()
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PERSON_NAME_MAX_LENGTH)
  lastName?: string;

  /** Calendar date, YYYY-MM-DD, not in the future. */
  @WhenSent()
  @IsBirthDate()
  @SingleLine()
  @IsString()
  dateOfBirth?: string;

  @WhenSent()
  @IsEnum(Sex)
  sex?: Sex;
}

export const PATIENT_SORT_FIELDS = ['lastName', 'dateOfBirth', 'mrn', 'createdAt'] as const;
export type PatientSortField = (typeof PATIENT_SORT_FIELDS)[number];

/** Filters combine with AND. With `q`, the best matches come first and `sort` orders equal matches. */
export class PatientSearchQuery extends SortablePageQuery(PATIENT_SORT_FIELDS, 'lastName') {
  /** Part of a name: a name starting with it ranks first, then names that look alike (typos tolerated). */
  @IsOptional()
  @Transform(trim)
  @SingleLine()
  @IsString()
  @Length(1, PATIENT_SEARCH_TEXT_MAX)
  q?: string;

  /** Medical record number, exactly: MRN-000123. */
  @IsOptional()
  @Transform(trimUpper)
  @Matches(MRN_PATTERN, { message: 'mrn must look like MRN-000123' })
  @SingleLine()
  @IsString()
  mrn?: string;

  /** Compared by its digits only, so +44 20 7946 0001 finds 442079460001. */
  @IsOptional()
  @Matches(PATIENT_PHONE_PATTERN, phoneRule('phone'))
  @SingleLine()
  @IsString()
  phone?: string;

  /** Calendar date, YYYY-MM-DD. */
  @IsOptional()
  @IsCalendarDate()
  @SingleLine()
  @IsString()
  dateOfBirth?: string;

  /** These patients only (ids comma-separated or repeated, at most 100): the names behind a list of appointments. */
  @IsOptional()
  @Transform(listOfIds)
  @ArrayMaxSize(PATIENT_IDS_MAX)
  @IsUUID('all', { each: true })
  @IsArray()
  ids?: string[];
}
