import { ApiProperty } from '@nestjs/swagger';

import type {
  SlotListView as SlotListContract,
  SlotView,
} from '@healthsync/contracts/scheduling/scheduling.responses';

export class SlotDto implements SlotView {
  @ApiProperty({ format: 'date-time', description: 'UTC instant.' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ example: '+02:00', description: "The clinic's UTC offset at the slot's start." })
  offset!: string;

  @ApiProperty({ format: 'date', description: 'The clinic-local date of the slot.' })
  date!: string;
}

export class SlotListView implements SlotListContract {
  @ApiProperty({ example: 'Europe/Berlin', description: 'The clinic time zone the schedule is kept in.' })
  timeZone!: string;

  @ApiProperty({ type: [SlotDto] })
  slots!: SlotDto[];
}
