import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { AuditOutcome } from '@healthsync/contracts/audit';
import { SecuritySettingsDto } from '@healthsync/contracts/admin';
import { Role } from '@healthsync/contracts/auth';

import { Auth, Authenticated, Origin } from '../../common/auth/access.decorators';
import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { SettingsService } from '../settings/settings.service';
import { SecuritySettingsResponseDto } from './admin.responses';
import { Audited } from '../audit/audited.decorator';

@ApiTags('admin')
@Controller('admin/settings/security')
@Authenticated(Role.Admin)
export class SecuritySettingsController {
  constructor(
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Audited({ action: 'admin.settings_read', resourceType: 'settings' })
  @ApiOperation({ summary: 'Sign-in security settings' })
  @ApiOkResponse({ type: SecuritySettingsResponseDto, description: 'The current settings.' })
  get() {
    return this.settings.security();
  }

  @Put()
  @Audited({ action: 'admin.settings_update', resourceType: 'settings', recordsOwnSuccess: true })
  @ApiOperation({ summary: 'Choose which roles must sign in with a second factor' })
  @ApiOkResponse({ type: SecuritySettingsResponseDto, description: 'The saved settings.' })
  async update(
    @Auth() admin: AuthContext,
    @Body() dto: SecuritySettingsDto,
    @Origin() origin: RequestOrigin,
  ) {
    const saved = await this.settings.updateSecurity(
      { mfaRequiredRoles: dto.mfaRequiredRoles },
      admin.userId,
    );
    await this.audit.record({
      actor: { userId: admin.userId, role: admin.role },
      action: 'admin.settings_update',
      resourceType: 'settings',
      resourceId: 'security',
      outcome: AuditOutcome.Success,
      origin,
      detail: { mfaRequiredRoles: dto.mfaRequiredRoles.join(',') },
    });
    return saved;
  }
}
