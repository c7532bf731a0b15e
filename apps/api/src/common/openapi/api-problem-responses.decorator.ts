import { STATUS_CODES } from 'node:http';

import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';

import { PROBLEM_CONTENT_TYPE } from '@healthsync/contracts/common';

import { ProblemDetailsDto } from './problem-details.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: malformed JSON, unknown or invalid fields (see `errors`).',
  401: 'Missing, invalid or expired credentials.',
  403: 'The caller’s role may not use this endpoint.',
  404: 'No such resource, or not one the caller may see.',
  409: 'Conflicts with the current state of the resource.',
  413: 'The request body is too large.',
  422: 'Well-formed but breaks a rule of the domain.',
  429: 'Rate limit exceeded; see the RateLimit-* and Retry-After headers.',
  500: 'Unexpected server error; no detail is disclosed.',
  503: 'A dependency is unavailable; `components` (health) or `detail` says which.',
};

/** Documents the listed error answers of an endpoint as `application/problem+json`. */
export function ApiProblemResponses(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? STATUS_CODES[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
      }),
    ),
  );
}
