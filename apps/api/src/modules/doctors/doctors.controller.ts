import { Body, Controller, Delete, Get, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { ALL_ROLES, Role } from '@healthsync/contracts/auth';
import {
  AvailabilityExceptionDto,
  DoctorListQuery,
  ReplaceAvailabilityDto,
  UpdateDoctorProfileDto,
} from '@healthsync/contracts/scheduling';

import { Auth, Authenticated } from '../../common/auth/access.decorators';
import type { AuthContext } from '../../common/auth/auth-context';
import { ApiPageQuery } from '../../common/openapi/api-page-query.decorator';
import { ApiProblemResponses } from '../../common/openapi/api-problem-responses.decorator';
import { IdParam } from '../../common/validation/id-param';
import { DoctorsService } from './doctors.service';
import { AvailabilityView, DoctorPageView, DoctorView } from './doctors.responses';
import { Audited } from '../audit/audited.decorator';

const EVERYONE = ALL_ROLES as [Role, ...Role[]];
/** Changes to a doctor's profile and schedule, and reads of the schedule (refusals included). */
const audited = (action: string) => Audited({ action, resourceType: 'doctor', resourceIdParam: 'id' });

@ApiTags('doctors')
@Controller('doctors')
export class DoctorsController {
  constructor(private readonly doctors: DoctorsService) {}

  @Get()
  @Authenticated(...EVERYONE)
  @ApiOperation({
    summary: 'Doctors, by specialty, name or ids',
    description:
      'Professional details only. `ids` names the doctors of a list of appointments in one request.',
  })
  @ApiPageQuery()
  @ApiOkResponse({ type: DoctorPageView, description: 'A page of doctors.' })
  list(@Query() query: DoctorListQuery) {
    return this.doctors.list(query);
  }

  @Get(':id')
  @Authenticated(...EVERYONE)
  @ApiOperation({ summary: 'A doctor’s profile' })
  @ApiOkResponse({ type: DoctorView, description: 'The doctor.' })
  @ApiProblemResponses(404)
  get(@IdParam('id') id: string) {
    return this.doctors.get(id);
  }

  @Patch(':id')
  @Authenticated(Role.Admin)
  @audited('doctor.update')
  @ApiOperation({ summary: 'Change a doctor’s profile, fee and booking rules' })
  @ApiOkResponse({ type: DoctorView, description: 'The changed profile.' })
  @ApiProblemResponses(404)
  update(@IdParam('id') id: string, @Body() dto: UpdateDoctorProfileDto) {
    return this.doctors.updateProfile(id, dto);
  }

  @Get(':id/availability')
  @Authenticated(Role.Admin, Role.Doctor)
  @audited('doctor_availability.read')
  @ApiOperation({
    summary: 'A doctor’s weekly availability and exceptions',
    description: 'The doctor themself or an admin.',
  })
  @ApiOkResponse({ type: AvailabilityView, description: 'Rules and exceptions.' })
  @ApiProblemResponses(404)
  availability(@Auth() auth: AuthContext, @IdParam('id') id: string) {
    return this.doctors.availability(auth, id);
  }

  @Put(':id/availability')
  @Authenticated(Role.Admin, Role.Doctor)
  @audited('doctor_availability.replace')
  @ApiOperation({
    summary: 'Replace the weekly availability',
    description: 'Wall-clock times in the clinic zone; windows of one weekday must not overlap.',
  })
  @ApiOkResponse({ type: AvailabilityView, description: 'The saved availability.' })
  @ApiProblemResponses(404, 409)
  replaceRules(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: ReplaceAvailabilityDto) {
    return this.doctors.replaceRules(auth, id, dto);
  }

  @Post(':id/exceptions')
  @Authenticated(Role.Admin, Role.Doctor)
  @audited('doctor_availability.add_exception')
  @ApiOperation({ summary: 'Add a day off or extra hours' })
  @ApiCreatedResponse({ type: AvailabilityView, description: 'The availability with the exception.' })
  @ApiProblemResponses(404, 409)
  addException(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: AvailabilityExceptionDto) {
    return this.doctors.addException(auth, id, dto);
  }

  @Delete(':id/exceptions/:exceptionId')
  @Authenticated(Role.Admin, Role.Doctor)
  @audited('doctor_availability.remove_exception')
  @ApiOperation({ summary: 'Remove a day off or extra hours' })
  @ApiOkResponse({ type: AvailabilityView, description: 'The availability without it.' })
  @ApiProblemResponses(404)
  removeException(
    @Auth() auth: AuthContext,
    @IdParam('id') id: string,
    @IdParam('exceptionId') exceptionId: string,
  ) {
    return this.doctors.removeException(auth, id, exceptionId);
  }
}
