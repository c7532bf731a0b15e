import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { AuditLogQuery } from '@healthsync/contracts/audit';
import { Role } from '@healthsync/contracts/auth';

import { Authenticated } from '../../common/auth/access.decorators';
import { ApiPageQuery } from '../../common/openapi/api-page-query.decorator';
import { AuditLogPageDto, ChainVerificationDto } from './audit.responses';
import { AuditService } from './audit.service';
import { Audited } from './audited.decorator';

@ApiTags('admin')
@Controller('admin/audit-logs')
export class AuditLogsController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authenticated(Role.Admin)
  @Audited({ action: 'audit.list', resourceType: 'audit_log' })
  @ApiOperation({
    summary: 'Audit trail entries, newest first, filtered by actor, patient, action, type and time',
  })
  @ApiPageQuery()
  @ApiOkResponse({ type: AuditLogPageDto, description: 'One page of matching entries.' })
  list(@Query() query: AuditLogQuery): Promise<AuditLogPageDto> {
    return this.audit.list(query);
  }

  @Get('verify')
  @Authenticated(Role.Admin)
  @Audited({ action: 'audit.verify', resourceType: 'audit_log' })
  @ApiOperation({ summary: 'Check the audit trail’s hash chain for altered or missing entries' })
  @ApiOkResponse({
    type: ChainVerificationDto,
    description: 'Whether the chain is intact, and where it breaks.',
  })
  verify(): Promise<ChainVerificationDto> {
    return this.audit.verify();
  }
}
