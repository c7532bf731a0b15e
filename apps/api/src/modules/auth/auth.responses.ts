import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  AccountStatus,
  Role,
  type AccountView,
  type ActivatedLogin,
  type LoginResponse,
  type CurrentUser,
  type RecoveryCodes,
  type TokenPair,
  type TotpSetup,
} from '@healthsync/contracts/auth';

export class TokenPairDto implements TokenPair {
  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'JWT for the Authorization header; lives 15 minutes.' })
  accessToken!: string;

  @ApiProperty({ format: 'date-time' })
  accessTokenExpiresAt!: string;

  @ApiProperty({ description: 'Opaque; exchange it once at /auth/refresh. Lives 7 days.' })
  refreshToken!: string;

  @ApiProperty({ format: 'date-time' })
  refreshTokenExpiresAt!: string;
}

export class LoginResultDto implements LoginResponse {
  @ApiProperty({
    enum: ['authenticated', 'totp_required', 'totp_enrolment_required'],
    description: '`authenticated` carries tokens; the others carry a challenge for the second step.',
  })
  status!: 'authenticated' | 'totp_required' | 'totp_enrolment_required';

  @ApiPropertyOptional({ type: TokenPairDto })
  tokens?: TokenPairDto;

  @ApiPropertyOptional({
    description:
      'With `authenticated`: keep it for this device (e.g. in an httpOnly cookie) and send it as `deviceToken` at the next sign-in; a pause of sign-ins from new devices does not apply to it. Lives 180 days.',
  })
  deviceToken?: string;

  @ApiPropertyOptional({ description: 'Send with the code to /auth/login/second-factor; lives 5 minutes.' })
  challengeToken?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  challengeExpiresAt?: string;
}

export class TotpSetupDto implements TotpSetup {
  @ApiProperty({ description: 'Base32 secret, for typing into an authenticator app.' })
  secret!: string;

  @ApiProperty({
    example: 'otpauth://totp/HealthSync%20Clinic:ada%40example.org?secret=…&issuer=HealthSync%20Clinic',
  })
  otpauthUrl!: string;
}

export class RecoveryCodesDto implements RecoveryCodes {
  @ApiProperty({
    type: [String],
    description: 'Ten single-use codes, shown only now.',
    example: ['abcde-23456'],
  })
  recoveryCodes!: string[];
}

export class ActivatedLoginDto extends LoginResultDto implements ActivatedLogin {
  @ApiProperty({ type: [String], description: 'Ten single-use codes, shown only now.' })
  recoveryCodes!: string[];
}

/** The fields every view of an account shows (`/auth/me`, the admin's user list). */
export class AccountViewDto implements AccountView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role!: Role;

  @ApiProperty({ enum: AccountStatus, enumName: 'AccountStatus' })
  status!: AccountStatus;

  @ApiProperty()
  firstName!: string;

  @ApiProperty()
  lastName!: string;

  @ApiProperty()
  totpEnabled!: boolean;
}

export class CurrentUserDto extends AccountViewDto implements CurrentUser {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  patientId!: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  doctorId!: string | null;
}
