import { ApiProperty } from '@nestjs/swagger';

import type { UserSummary } from '@healthsync/contracts/admin';
import { AccountStatus, Role } from '@healthsync/contracts/auth';

class DoctorSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  specialty!: string;

  @ApiProperty()
  licenceNumber!: string;
}

export class UserSummaryDto implements UserSummary {
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

  @ApiProperty({ description: 'Locked after repeated failed sign-ins.' })
  locked!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: DoctorSummaryDto, nullable: true })
  doctor!: DoctorSummaryDto | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  patientId!: string | null;
}

export class UserPageDto {
  @ApiProperty({ type: [UserSummaryDto] })
  items!: UserSummaryDto[];

  @ApiProperty({ example: 42 })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  limit!: number;
}

export class SecuritySettingsResponseDto {
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true })
  mfaRequiredRoles!: Role[];
}
