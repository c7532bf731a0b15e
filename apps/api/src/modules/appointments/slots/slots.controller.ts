import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { ALL_ROLES, Role } from '@healthsync/contracts/auth';
import { SlotQuery } from '@healthsync/contracts/scheduling';

import { Authenticated } from '../../../common/auth/access.decorators';
import { ApiProblemResponses } from '../../../common/openapi/api-problem-responses.decorator';
import { IdParam } from '../../../common/validation/id-param';
import { AppConfig } from '../../../config/app-config';
import { SlotListView } from './slots.responses';
import { SlotsService } from './slots.service';

const EVERYONE = ALL_ROLES as [Role, ...Role[]];

/** A doctor's free slots: under the doctors' path, computed here, where the appointments that fill them are. */
@ApiTags('doctors')
@Controller('doctors')
export class SlotsController {
  constructor(
    private readonly slots: SlotsService,
    private readonly config: AppConfig,
  ) {}

  @Get(':id/slots')
  @Authenticated(...EVERYONE)
  @ApiOperation({
    // Named as when the doctors' controller served it, so clients generated from the spec keep working.
    operationId: 'DoctorsController_freeSlots',
    summary: 'Free slots',
    description:
      'UTC instants with the clinic offset, within the booking window, honouring availability, exceptions, appointments and holds.',
  })
  @ApiOkResponse({ type: SlotListView, description: 'Free slots in the range.' })
  @ApiProblemResponses(404)
  async freeSlots(@IdParam('id') id: string, @Query() query: SlotQuery): Promise<SlotListView> {
    const slots = await this.slots.freeSlots(id, new Date(query.from), new Date(query.to), query.type);
    return { timeZone: this.config.clinicTimeZone, slots };
  }
}
