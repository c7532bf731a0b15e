import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateIf,
} from 'class-validator';

import { AccountIdentityDto, IsUnambiguousEmail } from '../auth/auth.dto';
import { IDS_PER_REQUEST_MAX, listOfIds } from '../common/id-list';
import { SortablePageQuery } from '../common/pagination';
import { SEARCH_TEXT_MAX_LENGTH } from '../common/text-limits';
import { LICENCE_NUMBER_MAX_LENGTH, SPECIALTY_MAX_LENGTH } from '../scheduling/scheduling-limits';
import { AccountStatus, Role, STAFF_ROLES } from '../auth/roles';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Several property decorators as one. */
function allOf(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** A doctor's professional detail: required when the role is doctor, checked whenever it is sent. */
function DoctorDetail(name: 'specialty' | 'licenceNumber', maxLength: number): PropertyDecorator {
  return allOf(
    ValidateIf(
      (dto: { role?: Role; [field: string]: unknown }) => dto.role === Role.Doctor || dto[name] !== undefined,
    ),
    Transform(trim),
    Length(1, maxLength),
    IsString(),
    IsDefined({ message: `${name} is required for a doctor` }),
  );
}

export class CreateStaffUserDto extends AccountIdentityDto {
  /** Staff accounts carry privileges: their address is ASCII only, so it cannot pass for a colleague's. */
  @IsUnambiguousEmail({ asciiOnly: true })
  declare email: string;

  /** A staff role; patients register themselves. */
  @IsIn(STAFF_ROLES)
  role!: Role;

  @DoctorDetail('specialty', SPECIALTY_MAX_LENGTH)
  specialty?: string;

  @DoctorDetail('licenceNumber', LICENCE_NUMBER_MAX_LENGTH)
  licenceNumber?: string;
}

export class ChangeRoleDto {
  @IsIn(STAFF_ROLES)
  role!: Role;

  @DoctorDetail('specialty', SPECIALTY_MAX_LENGTH)
  specialty?: string;

  @DoctorDetail('licenceNumber', LICENCE_NUMBER_MAX_LENGTH)
  licenceNumber?: string;
}

export const USER_SORT_FIELDS = ['email', 'lastName', 'createdAt'] as const;

export class UserListQuery extends SortablePageQuery(USER_SORT_FIELDS, 'lastName') {
  /** Part of a name or email; typos are tolerated. */
  @IsOptional()
  @IsString()
  @Length(1, SEARCH_TEXT_MAX_LENGTH)
  search?: string;

  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @IsOptional()
  @IsEnum(AccountStatus)
  status?: AccountStatus;

  /** These accounts only (ids comma-separated or repeated, at most 100): the names behind an audit trail. */
  @IsOptional()
  @Transform(listOfIds)
  @ArrayMaxSize(IDS_PER_REQUEST_MAX)
  @IsUUID('all', { each: true })
  @IsArray()
  ids?: string[];
}

export class SecuritySettingsDto {
  /** Roles whose members must sign in with a second factor (TOTP). */
  @IsArray()
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  mfaRequiredRoles!: Role[];
}
