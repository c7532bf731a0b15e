import { ApiProperty } from '@nestjs/swagger';

import {
  AuditOutcome,
  type AuditDetail,
  type AuditEntryView,
  type ChainVerificationView,
} from '@healthsync/contracts/audit';
import { Role } from '@healthsync/contracts/auth';
import { PageDto } from '../../common/openapi/page.dto';

export class AuditEntryDto implements AuditEntryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    type: 'integer',
    example: 1042,
    description: 'Position in the hash chain; higher is newer.',
  })
  sequence!: number;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for anonymous callers.' })
  actorId!: string | null;

  @ApiProperty({ enum: Role, nullable: true, type: String })
  actorRole!: Role | null;

  @ApiProperty({ example: 'medical_record.read' })
  action!: string;

  @ApiProperty({ example: 'medical_record' })
  resourceType!: string;

  @ApiProperty({ type: String, nullable: true })
  resourceId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  patientId!: string | null;

  @ApiProperty({
    required: false,
    type: [String],
    format: 'uuid',
    description: 'The patients a list or search returned; filtering by `patientId` finds the entry for each.',
  })
  patientIds?: string[];

  @ApiProperty({ enum: AuditOutcome, enumName: 'AuditOutcome' })
  outcome!: AuditOutcome;

  @ApiProperty({ example: '203.0.113.7' })
  ip!: string;

  @ApiProperty({ example: 'Mozilla/5.0' })
  userAgent!: string;

  @ApiProperty({ description: 'The `X-Request-Id` of the audited request.' })
  requestId!: string;

  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    example: { status: 404, code: 'RESOURCE.NOT_FOUND' },
    description: 'Ids, counts and codes; never health data.',
  })
  detail?: AuditDetail;
}

export class AuditLogPageDto extends PageDto(AuditEntryDto) {}

export class ChainVerificationDto implements ChainVerificationView {
  @ApiProperty({ description: 'Every entry matches its hash and links to the one before it.' })
  valid!: boolean;

  @ApiProperty({
    type: 'integer',
    example: 1042,
    description: 'Entries checked before the first broken one (or all).',
  })
  checked!: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  firstBrokenId!: string | null;
}
