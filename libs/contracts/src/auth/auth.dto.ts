import { Transform } from 'class-transformer';
import {
  IsDateString,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';

import { confusableEmailProblem, normaliseEmailAddress } from '@healthsync/domain/accounts';

import { EMAIL_MAX_LENGTH, PERSON_NAME_MAX_LENGTH } from '../common/text-limits';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normaliseEmailAddress(value) : value;

/** Refuses an address for a new account that could pass for another one (mixed scripts; non-ASCII for staff). */
export function IsUnambiguousEmail(options: { asciiOnly?: boolean } = {}): PropertyDecorator {
  return ValidateBy({
    name: 'isUnambiguousEmail',
    validator: {
      validate: (value: unknown) =>
        typeof value !== 'string' || confusableEmailProblem(value, options) === null,
      defaultMessage: (args) =>
        `${args?.property ?? 'email'} ${confusableEmailProblem(String(args?.value), options) ?? 'is not allowed'}`,
    },
  });
}

export const TOTP_CODE_PATTERN = /^\d{6}$/;
export const RECOVERY_CODE_PATTERN = /^[a-z0-9]{5}-[a-z0-9]{5}$/;
export const PHONE_PATTERN = /^\+?[0-9 ()-]{6,20}$/;

/** Who a new account is for; shared by self-registration and staff accounts. */
export class AccountIdentityDto {
  /** Sign-in email; unique whatever its case, in Unicode NFKC, and in one script per part. */
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsUnambiguousEmail()
  email!: string;

  @Transform(trim)
  @IsString()
  @Length(1, PERSON_NAME_MAX_LENGTH)
  firstName!: string;

  @Transform(trim)
  @IsString()
  @Length(1, PERSON_NAME_MAX_LENGTH)
  lastName!: string;
}

export class RegisterPatientDto extends AccountIdentityDto {
  /** At least 10 characters and not a commonly used password. */
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  /** Calendar date, YYYY-MM-DD. */
  @IsDateString({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date as YYYY-MM-DD' })
  dateOfBirth!: string;

  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  phone?: string;
}

export class LoginDto {
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;

  /** The device token of an earlier sign-in on this device: a pause of sign-ins from new devices does not apply to it. */
  @IsOptional()
  @IsString()
  @Length(20, 2048)
  deviceToken?: string;
}

/** The second sign-in step: the challenge from the first, and a TOTP code or an unused recovery code. */
export class LoginSecondFactorDto {
  @IsString()
  @Length(20, 2048)
  challengeToken!: string;

  @ValidateIf((dto: LoginSecondFactorDto) => dto.recoveryCode === undefined)
  @Matches(TOTP_CODE_PATTERN, { message: 'code must be 6 digits' })
  code?: string;

  @ValidateIf((dto: LoginSecondFactorDto) => dto.code === undefined)
  @Transform(normaliseEmail)
  @Matches(RECOVERY_CODE_PATTERN, { message: 'recoveryCode must look like abcde-12345' })
  recoveryCode?: string;
}

export class ChallengeDto {
  @IsString()
  @Length(20, 2048)
  challengeToken!: string;
}

export class ChallengeWithCodeDto extends ChallengeDto {
  @Matches(TOTP_CODE_PATTERN, { message: 'code must be 6 digits' })
  code!: string;
}

export class RefreshDto {
  /** Any wrong token answers 401 alike, so only absurd lengths are refused as invalid input. */
  @IsString()
  @Length(1, 4096)
  refreshToken!: string;
}

export class ChangePasswordDto {
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class ForgotPasswordDto {
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;
}

/** The single-use token of an emailed link. */
export class EmailedTokenDto {
  @IsString()
  @Length(43, 128)
  token!: string;
}

/** The emailed registration link, with the password chosen when registering. */
export class ConfirmRegistrationDto extends EmailedTokenDto {
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ResetPasswordDto extends EmailedTokenDto {
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

/** The current password, asked again before a change to how the account signs in. */
export class PasswordConfirmationDto {
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

/** Turning the second factor on or off: the current password and a current code. */
export class TotpChangeDto extends PasswordConfirmationDto {
  @Matches(TOTP_CODE_PATTERN, { message: 'code must be 6 digits' })
  code!: string;
}
