import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';

import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, sortValues } from '@healthsync/contracts/common';

/**
 * Documents `limit`, `page` and the allow-listed `sort` of a list endpoint. The DTO's own filters are
 * read by the Swagger plugin; these come from the `SortablePageQuery` mixin, which it cannot see.
 */
export function ApiPageQuery(sortFields: readonly string[] = [], defaultSort?: string) {
  return applyDecorators(
    ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } }),
    ApiQuery({ name: 'page', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 } }),
    ...(sortFields.length > 0
      ? [
          ApiQuery({
            name: 'sort',
            required: false,
            description: 'A field name, ascending; prefix with `-` for descending.',
            schema: { type: 'string', enum: sortValues(sortFields), default: defaultSort },
          }),
        ]
      : []),
  );
}
