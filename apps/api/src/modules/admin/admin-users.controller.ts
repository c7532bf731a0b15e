import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
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
import { UserPageDto, UserSummaryDto } from './admin.responses';
import { AdminUsersService } from './admin-users.service';

const userId = new ParseUUIDPipe({ version: '4' });

@ApiTags('admin')
@Controller('admin/users')
@Authenticated(Role.Admin)
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @ApiOperation({
    summary: 'List accounts',
    description: 'Search by name or email (typos tolerated), filter by role and status.',
  })
  @ApiPageQuery(USER_SORT_FIELDS, 'lastName')
  @ApiOkResponse({ type: UserPageDto, description: 'A page of accounts.' })
  list(@Query() query: UserListQuery) {
    return this.users.list(query);
  }

  @Post()
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
  @ApiOperation({ summary: 'One account' })
  @ApiOkResponse({ type: UserSummaryDto, description: 'The account.' })
  @ApiProblemResponses(404)
  get(@Param('id', userId) id: string) {
    return this.users.get(id);
  }

  @Patch(':id/role')
  @ApiOperation({
    summary: 'Change a staff member’s role',
    description: 'Signs the user out everywhere. A doctor needs a specialty and licence number.',
  })
  @ApiOkResponse({ type: UserSummaryDto, description: 'The changed account.' })
  @ApiProblemResponses(404, 409, 422)
  changeRole(
    @Auth() admin: AuthContext,
    @Param('id', userId) id: string,
    @Body() dto: ChangeRoleDto,
    @Origin() origin: RequestOrigin,
  ) {
    return this.users.changeRole(admin, id, dto, origin);
  }

  @Post(':id/deactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Deactivate an account',
    description: 'It can no longer sign in and every session ends at once.',
  })
  @ApiOkResponse({ type: UserSummaryDto, description: 'The deactivated account.' })
  @ApiProblemResponses(404, 409)
  deactivate(@Auth() admin: AuthContext, @Param('id', userId) id: string, @Origin() origin: RequestOrigin) {
    return this.users.setStatus(admin, id, AccountStatus.Deactivated, origin);
  }

  @Post(':id/reactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reactivate an account' })
  @ApiOkResponse({ type: UserSummaryDto, description: 'The reactivated account.' })
  @ApiProblemResponses(404, 409)
  reactivate(@Auth() admin: AuthContext, @Param('id', userId) id: string, @Origin() origin: RequestOrigin) {
    return this.users.setStatus(admin, id, AccountStatus.Active, origin);
  }

  @Post(':id/password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Email the user a password-reset link' })
  @ApiAcceptedResponse({ description: 'The email is on its way.' })
  @ApiProblemResponses(404)
  async sendPasswordReset(
    @Auth() admin: AuthContext,
    @Param('id', userId) id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.users.sendPasswordReset(admin, id, origin);
  }
}
