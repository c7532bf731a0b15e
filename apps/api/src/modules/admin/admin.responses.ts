import { ApiProperty } from '@nestjs/swagger';

import type { DoctorSummary, SecuritySettingsView, UserSummary } from '@healthsync/contracts/admin';
import { Role } from '@healthsync/contracts/auth';

import { AccountViewDto } from '../auth/auth.responses';
import { PageDto } from '../../common/openapi/page.dto';

class DoctorSummaryDto implements DoctorSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  specialty!: string;

  @ApiProperty()
  licenceNumber!: string;
}

export class UserSummaryDto extends AccountViewDto implements UserSummary {
  @ApiProperty({ description: 'Locked after repeated failed sign-ins.' })
  locked!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: DoctorSummaryDto, nullable: true })
  doctor!: DoctorSummaryDto | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  patientId!: string | null;
}

export class UserPageDto extends PageDto(UserSummaryDto) {}

export class SecuritySettingsResponseDto implements SecuritySettingsView {
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true })
  mfaRequiredRoles!: Role[];
}
