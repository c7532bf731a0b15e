import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { Role } from '@healthsync/contracts/auth';
import { PageQuery } from '@healthsync/contracts/common';
import { MedicalHistoryDto } from '@healthsync/contracts/patients';

import { Auth, Authenticated } from '../../common/auth/access.decorators';
import type { AuthContext } from '../../common/auth/auth-context';
import { ApiPageQuery } from '../../common/openapi/api-page-query.decorator';
import { ApiProblemResponses } from '../../common/openapi/api-problem-responses.decorator';
import { IdParam } from '../../common/validation/id-param';
import { Audited } from '../audit/audited.decorator';
import { MedicalHistoryService } from './medical-history.service';
import { MedicalHistoryVersionPageDto, MedicalHistoryViewDto } from './patient.responses';

const READ = {
  action: 'medical_history.read',
  resourceType: 'medical_history',
  resourceIdParam: 'id',
  patientIdParam: 'id',
};
const WRITE = { ...READ, action: 'medical_history.write' };
const READERS = [Role.Admin, Role.Doctor, Role.Patient] as const;

/**
 * Clinical data: readable by admins, doctors who have or had an appointment with the patient, and
 * the patient; written only by such a doctor. Receptionists get 403 (their role never may); other
 * patients and doctors without an appointment get 404, as for a patient that does not exist.
 */
@ApiTags('patients')
@Controller('patients/:id/medical-history')
@ApiParam({ name: 'id', format: 'uuid', description: 'The patient.' })
export class MedicalHistoryController {
  constructor(private readonly history: MedicalHistoryService) {}

  @Get()
  @Authenticated(...READERS)
  @Audited(READ)
  @ApiOperation({
    summary: 'A patient’s medical history, latest version',
    description: 'With nothing recorded yet: version 0 with every section empty (not 404).',
  })
  @ApiOkResponse({ type: MedicalHistoryViewDto, description: 'The latest version.' })
  @ApiProblemResponses(404)
  latest(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<MedicalHistoryViewDto> {
    return this.history.latest(auth, id);
  }

  @Put()
  @Authenticated(Role.Doctor)
  @Audited(WRITE)
  @ApiOperation({
    summary: 'Record a new version of a patient’s medical history',
    description:
      'Replaces every section. Send the version you read as `expectedVersion` (0 for the first): if ' +
      'another was written since, answers 409 `RESOURCE.VERSION_CONFLICT` and records nothing. Earlier ' +
      'versions stay readable.',
  })
  @ApiOkResponse({ type: MedicalHistoryViewDto, description: 'The new version.' })
  @ApiProblemResponses(404, 409)
  write(
    @Auth() auth: AuthContext,
    @IdParam('id') id: string,
    @Body() dto: MedicalHistoryDto,
  ): Promise<MedicalHistoryViewDto> {
    return this.history.write(auth, id, dto);
  }

  @Get('versions')
  @Authenticated(...READERS)
  @Audited(READ)
  @ApiOperation({
    summary: 'Every version of a patient’s medical history, newest first, with author and time',
  })
  @ApiPageQuery()
  @ApiOkResponse({ type: MedicalHistoryVersionPageDto, description: 'A page of versions.' })
  @ApiProblemResponses(404)
  versions(
    @Auth() auth: AuthContext,
    @IdParam('id') id: string,
    @Query() query: PageQuery,
  ): Promise<MedicalHistoryVersionPageDto> {
    return this.history.versions(auth, id, query);
  }

  @Get('versions/:version')
  @Authenticated(...READERS)
  @Audited(READ)
  @ApiOperation({ summary: 'One version of a patient’s medical history' })
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1 } })
  @ApiOkResponse({ type: MedicalHistoryViewDto, description: 'That version.' })
  @ApiProblemResponses(404)
  version(
    @Auth() auth: AuthContext,
    @IdParam('id') id: string,
    @Param('version', ParseIntPipe) version: number,
  ): Promise<MedicalHistoryViewDto> {
    return this.history.version(auth, id, version);
  }
}
