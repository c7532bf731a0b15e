import { ApiProperty } from '@nestjs/swagger';

import type { Page } from '@healthsync/contracts/common';

/** The OpenAPI shape of a page of `item`s: `class UserPage extends PageDto(UserDto) {}`. */
export function PageDto<T>(item: new () => T, totalExample = 42) {
  class ItemPage implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ type: 'integer', example: totalExample, description: 'All matches, across pages.' })
    total!: number;

    @ApiProperty({ type: 'integer', example: 1 })
    page!: number;

    @ApiProperty({ type: 'integer', example: 20 })
    limit!: number;
  }
  return ItemPage;
}
