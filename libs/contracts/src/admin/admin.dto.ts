import { Transform } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';

import { SortablePageQuery } from '../common/pagination';
import { AccountStatus, Role, STAFF_ROLES } from '../auth/roles';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A doctor's professional details, needed when the role is doctor. */
class DoctorDetails {
  @ValidateIf(
    (dto: DoctorDetails & { role?: Role }) => dto.role === Role.Doctor || dto.specialty !== undefined,
  )
  @Transform(trim)
  @Length(1, 100)
  @IsString()
  @IsDefined({ message: 'specialty is required for a doctor' })
  specialty?: string;

  @ValidateIf(
    (dto: DoctorDetails & { role?: Role }) => dto.role === Role.Doctor || dto.licenceNumber !== undefined,
  )
  @Transform(trim)
  @Length(1, 50)
  @IsString()
  @IsDefined({ message: 'licenceNumber is required for a doctor' })
  licenceNumber?: string;
}

export class CreateStaffUserDto extends DoctorDetails {
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Transform(trim)
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @Transform(trim)
  @IsString()
  @Length(1, 100)
  lastName!: string;

  /** A staff role; patients register themselves. */
  @IsIn(STAFF_ROLES)
  role!: Role;
}

export class ChangeRoleDto extends DoctorDetails {
  @IsIn(STAFF_ROLES)
  role!: Role;
}

export const USER_SORT_FIELDS = ['email', 'lastName', 'createdAt'] as const;

export class UserListQuery extends SortablePageQuery(USER_SORT_FIELDS, 'lastName') {
  /** Part of a name or email; typos are tolerated. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;

  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @IsOptional()
  @IsEnum(AccountStatus)
  status?: AccountStatus;
}

export class SecuritySettingsDto {
  /** Roles whose members must sign in with a second factor (TOTP). */
  @IsArray()
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  mfaRequiredRoles!: Role[];
}
