import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

import { PROBLEM_CONTENT_TYPE } from '@healthsync/contracts/common';

import { ProblemDetailsDto } from './problem-details.dto';

export const OPENAPI_UI_PATH = 'api/docs';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

const problemContent = {
  [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } },
};

/** Answers every endpoint can give, added wherever an endpoint does not document them itself. */
function addCommonProblemResponses(document: OpenAPIObject): void {
  for (const pathItem of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation: Operation | undefined = pathItem[method];
      if (!operation) continue;
      const takesInput = Boolean(operation.requestBody) || (operation.parameters ?? []).length > 0;
      const common: Array<[string, string]> = [
        ...(takesInput ? ([['400', 'Invalid input (see `errors`).']] as Array<[string, string]>) : []),
        ['429', 'Rate limit exceeded; see the RateLimit-* and Retry-After headers.'],
        ['500', 'Unexpected server error; no detail is disclosed.'],
      ];
      for (const [status, description] of common) {
        operation.responses[status] ??= { description, content: problemContent };
      }
    }
  }
}

/** The API's OpenAPI 3 document, built from the controllers' decorators. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('HealthSync API')
    .setDescription(
      'Clinic and patient management. All times are ISO 8601 in UTC; ids are UUIDs; errors are ' +
        '`application/problem+json` (RFC 9457) with a stable `code` and the `requestId` also sent as `X-Request-Id`.',
    )
    .setVersion('1.0.0')
    .setLicense('Proprietary', 'https://healthsync.invalid/license')
    .addServer('/', 'This server')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetailsDto] });
  addCommonProblemResponses(document);
  return document;
}

/** Swagger UI at /api/docs and the JSON document at /api/docs-json. */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${OPENAPI_UI_PATH}-json`,
    yamlDocumentUrl: `${OPENAPI_UI_PATH}-yaml`,
    customSiteTitle: 'HealthSync API',
  });
}
