import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import {
  ChangeRoleDto,
  CreateStaffUserDto,
  USER_SORT_FIELDS,
  UserListQuery,
} from '@healthsync/contracts/admin';
import { AccountStatus, Role } from '@healthsync/contracts/auth';

import { Auth, Authenticated, Origin } from '../../common/auth/access.decorators';
import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { ApiPageQuery } from '../../common/openapi/api-page-query.decorator';
import { ApiProblemResponses } from '../../common/openapi/api-problem-responses.decorator';
import { IdParam } from '../../common/validation/id-param';
import { UserPageDto, UserSummaryDto } from './admin.responses';
import { AdminUsersService } from './admin-users.service';
import { Audited } from '../audit/audited.decorator';

/** The service writes each change's success entry with its detail; refused calls are recorded here. */
const OWN_SUCCESS = { resourceType: 'user', resourceIdParam: 'id', recordsOwnSuccess: true } as const;

@ApiTags('admin')
@Controller('admin/users')
@Authenticated(Role.Admin)
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @Audited({ action: 'admin.user_list', resourceType: 'user' })
  @ApiOperation({
    summary: 'List accounts',
    description:
      'Search by name or email (typos tolerated), filter by role and status, or name the accounts by `ids` (the actors of an audit trail).',
  })
  @ApiPageQuery(USER_SORT_FIELDS, 'lastName')
  @ApiOkResponse({ type: UserPageDto, description: 'A page of accounts.' })
  list(@Query() query: UserListQuery) {
    return this.users.list(query);
  }

  @Post()
  @Audited({ action: 'admin.user_create', resourceType: 'user', recordsOwnSuccess: true })
  @ApiOperation({
    summary: 'Create a staff account',
    description: 'The new user gets an email to set their password.',
  })
  @ApiCreatedResponse({ type: UserSummaryDto, description: 'The new account.' })
  @ApiProblemResponses(409)
  create(@Auth() admin: AuthContext, @Body() dto: CreateStaffUserDto, @Origin() origin: RequestOrigin) {
    return this.users.createStaff(admin, dto, origin);
  }

  @Get(':id')
  @Audited({ action: 'admin.user_read', resourceType: 'user', resourceIdParam: 'id' })
  @ApiOperation({ summary: 'One account' })
  @ApiOkResponse({ type: UserSummaryDto, description: 'The account.' })
  @ApiProblemResponses(404)
  get(@IdParam('id') id: string) {
    return this.users.get(id);
  }

  @Patch(':id/role')
  @Audited({ ...OWN_SUCCESS, action: 'admin.user_role_change' })
  @ApiOperation({
    summary: 'Change a staff member’s role',
    description: 'Signs the user out everywhere. A doctor needs a specialty and licence number.',
  })
  @ApiOkResponse({ type: UserSummaryDto, description: 'The changed account.' })
  @ApiProblemResponses(404, 409, 422)
  changeRole(
    @Auth() admin: AuthContext,
    @IdParam('id') id: string,
    @Body() dto: ChangeRoleDto,
    @Origin() origin: RequestOrigin,
  ) {
    return this.users.changeRole(admin, id, dto, origin);
  }

  @Post(':id/deactivate')
  @Audited({ ...OWN_SUCCESS, action: 'admin.user_deactivate' })
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Deactivate an account',
    description: 'It can no longer sign in and every session ends at once.',
  })
  @ApiOkResponse({ type: UserSummaryDto, description: 'The deactivated account.' })
  @ApiProblemResponses(404, 409)
  deactivate(@Auth() admin: AuthContext, @IdParam('id') id: string, @Origin() origin: RequestOrigin) {
    return this.users.setStatus(admin, id, AccountStatus.Deactivated, origin);
  }

  @Post(':id/reactivate')
  @Audited({ ...OWN_SUCCESS, action: 'admin.user_reactivate' })
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reactivate an account' })
  @ApiOkResponse({ type: UserSummaryDto, description: 'The reactivated account.' })
  @ApiProblemResponses(404, 409)
  reactivate(@Auth() admin: AuthContext, @IdParam('id') id: string, @Origin() origin: RequestOrigin) {
    return this.users.setStatus(admin, id, AccountStatus.Active, origin);
  }

  @Post(':id/password-reset')
  @Audited({ ...OWN_SUCCESS, action: 'admin.user_password_reset' })
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Email the user a password-reset link' })
  @ApiAcceptedResponse({ description: 'The email is on its way.' })
  @ApiProblemResponses(404)
  async sendPasswordReset(
    @Auth() admin: AuthContext,
    @IdParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.users.sendPasswordReset(admin, id, origin);
  }
}
