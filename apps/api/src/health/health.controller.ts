import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';

import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

import { Public } from '../common/auth/access.decorators';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import { LivenessDto, ReadinessDto } from './health.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Readiness: database, cache and document store all answer' })
  @ApiOkResponse({ type: ReadinessDto, description: 'Every component answers.' })
  @ApiProblemResponses(503)
  async readiness(): Promise<ReadinessDto> {
    const report = await this.health.readiness();
    if (report.status === 'ok') return report as ReadinessDto;
    const down = Object.entries(report.components)
      .filter(([, component]) => component.status === 'down')
      .map(([name]) => name);
    throw new DomainError(
      'unavailable',
      CommonErrorCode.ServiceUnavailable,
      `Not ready: ${down.join(', ')} down.`,
      {
        components: report.components,
      },
    );
  }

  @Get('live')
  @SkipThrottle()
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers HTTP' })
  @ApiOkResponse({ type: LivenessDto, description: 'The process is up.' })
  live(): LivenessDto {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }
}
