import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';

import { Role } from '@healthsync/contracts/auth';
import { PROBLEM_CONTENT_TYPE } from '@healthsync/contracts/common';
import {
  CreatePatientDto,
  PATIENT_SORT_FIELDS,
  PatientSearchQuery,
  UpdateMyContactDto,
  UpdatePatientDto,
} from '@healthsync/contracts/patients';

import { Auth, Authenticated, Origin } from '../../common/auth/access.decorators';
import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { ApiPageQuery } from '../../common/openapi/api-page-query.decorator';
import { ApiProblemResponses } from '../../common/openapi/api-problem-responses.decorator';
import { IdParam } from '../../common/validation/id-param';
import { Audited } from '../audit/audited.decorator';
import { PatientDto, PatientPageDto, PossibleDuplicateProblemDto } from './patient.responses';
import { PatientsService } from './patients.service';

const resultId = (result: unknown) => (result as PatientDto).id;

@ApiTags('patients')
@Controller('patients')
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  @Post()
  @Authenticated(Role.Admin, Role.Receptionist)
  @Audited({ action: 'patient.create', resourceType: 'patient', patientIdFrom: resultId })
  @ApiOperation({
    summary: 'Register a patient',
    description:
      'The clinic assigns the medical record number (MRN-000123). If a patient with the same name ' +
      '(whatever its case) and date of birth exists, answers 409 `PATIENT.POSSIBLE_DUPLICATE` naming ' +
      'them in `candidates`; resend with `confirmDuplicate: true` to register a different person.',
  })
  @ApiCreatedResponse({ type: PatientDto, description: 'The new patient.' })
  @ApiExtraModels(PossibleDuplicateProblemDto)
  @ApiResponse({
    status: 409,
    description: 'A patient with this name and date of birth exists (`PATIENT.POSSIBLE_DUPLICATE`).',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(PossibleDuplicateProblemDto) } } },
  })
  create(@Body() dto: CreatePatientDto): Promise<PatientDto> {
    return this.patients.register(dto);
  }

  @Get()
  @Authenticated(Role.Admin, Role.Receptionist, Role.Doctor)
  @ApiOperation({
    summary: 'Find patients',
    description:
      'By name (`q`: names starting with it first, then look-alikes, so typos are tolerated), MRN, ' +
      'phone (compared by digits), date of birth and `ids`, combined with AND. A doctor finds only patients ' +
      'they have or had an appointment with. With `q`, `sort` orders equally good matches.',
  })
  @ApiPageQuery(PATIENT_SORT_FIELDS, 'lastName')
  @ApiOkResponse({ type: PatientPageDto, description: 'A page of matching patients.' })
  search(@Auth() auth: AuthContext, @Query() query: PatientSearchQuery, @Origin() origin: RequestOrigin) {
    return this.patients.search(auth, query, origin);
  }

  @Get('me')
  @Authenticated(Role.Patient)
  @Audited({ action: 'patient.read', resourceType: 'patient', patientIdFrom: resultId })
  @ApiOperation({ summary: 'My patient record' })
  @ApiOkResponse({ type: PatientDto, description: 'The signed-in patient.' })
  @ApiProblemResponses(404)
  mine(@Auth() auth: AuthContext): Promise<PatientDto> {
    return this.patients.mine(auth);
  }

  @Patch('me')
  @Authenticated(Role.Patient)
  @Audited({ action: 'patient.update', resourceType: 'patient', patientIdFrom: resultId })
  @ApiOperation({
    summary: 'Change my contact details',
    description:
      'Phone, contact email, address, emergency contact and preferred language; absent fields stay, ' +
      'null clears one. The sign-in email is not changed.',
  })
  @ApiOkResponse({ type: PatientDto, description: 'The changed record.' })
  @ApiProblemResponses(404)
  updateMine(@Auth() auth: AuthContext, @Body() dto: UpdateMyContactDto): Promise<PatientDto> {
    return this.patients.updateMine(auth, dto);
  }

  @Get(':id')
  @Authenticated(Role.Admin, Role.Receptionist, Role.Doctor, Role.Patient)
  @Audited({ action: 'patient.read', resourceType: 'patient', resourceIdParam: 'id', patientIdParam: 'id' })
  @ApiOperation({
    summary: 'A patient’s record',
    description: 'Another patient’s record, or one a doctor has no appointment with, answers 404.',
  })
  @ApiOkResponse({ type: PatientDto, description: 'The patient.' })
  @ApiProblemResponses(404)
  get(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<PatientDto> {
    return this.patients.view(auth, id);
  }

  @Patch(':id')
  @Authenticated(Role.Admin, Role.Receptionist)
  @Audited({ action: 'patient.update', resourceType: 'patient', resourceIdParam: 'id', patientIdParam: 'id' })
  @ApiOperation({
    summary: 'Change a patient’s record',
    description:
      'Send the `version` you read: if the record changed since, answers 409 `RESOURCE.VERSION_CONFLICT` ' +
      'and changes nothing. Absent fields stay, null clears an optional one.',
  })
  @ApiOkResponse({ type: PatientDto, description: 'The changed record, with its new version.' })
  @ApiProblemResponses(404, 409)
  update(
    @Auth() auth: AuthContext,
    @IdParam('id') id: string,
    @Body() dto: UpdatePatientDto,
  ): Promise<PatientDto> {
    return this.patients.update(auth, id, dto);
  }
}
