import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Role } from '@healthsync/contracts/auth';

import { Auth, Authenticated } from '../../common/auth/access.decorators';
import type { AuthContext } from '../../common/auth/auth-context';
import { ApiProblemResponses } from '../../common/openapi/api-problem-responses.decorator';
import { Audited } from '../audit/audited.decorator';
import { PatientDto, toPatientDto } from './patient.responses';
import { PatientsService } from './patients.service';

@ApiTags('patients')
@Controller('patients')
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  @Get('me')
  @Authenticated(Role.Patient)
  @Audited({
    action: 'patient.read',
    resourceType: 'patient',
    patientIdFrom: (result) => (result as PatientDto).id,
  })
  @ApiOperation({ summary: 'My patient record' })
  @ApiOkResponse({ type: PatientDto, description: 'The signed-in patient.' })
  @ApiProblemResponses(404)
  async mine(@Auth() auth: AuthContext): Promise<PatientDto> {
    return toPatientDto(await this.patients.mine(auth));
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
  async get(
    @Auth() auth: AuthContext,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<PatientDto> {
    return toPatientDto(await this.patients.get(auth, id));
  }
}
