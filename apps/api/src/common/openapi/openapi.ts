import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

import { PROBLEM_CONTENT_TYPE } from '@healthsync/contracts/common';

import { PUBLIC_OPERATION_EXTENSION } from '../auth/access.decorators';
import { ProblemDetailsDto } from './problem-details.dto';

export const OPENAPI_UI_PATH = 'api/docs';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

const problemContent = {
  [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } },
};

function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.values(document.paths).flatMap((pathItem) =>
    (['get', 'put', 'post', 'delete', 'patch'] as const).flatMap((method) => (pathItem[method] ? [pathItem[method]] : [])),
  );
}

/** `@Public()` operations need no credentials: `security: []` overrides the document's bearer default. */
function markPublicOperations(document: OpenAPIObject): void {
  for (const operation of operationsOf(document)) {
    const extensions = operation as Operation & Record<string, unknown>;
    if (extensions[PUBLIC_OPERATION_EXTENSION]) operation.security = [];
    delete extensions[PUBLIC_OPERATION_EXTENSION];
  }
}

/** Answers every endpoint can give, added wherever an endpoint does not document them itself. */
function addCommonProblemResponses(document: OpenAPIObject): void {
  for (const operation of operationsOf(document)) {
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
    .addTag('auth', 'Registration, sign-in (with an optional second factor), tokens, passwords')
    .addTag('patients', 'Patient records; a caller only ever sees the patients they may')
    .addTag('admin', 'Accounts, security settings and the audit trail (admins only)')
    .addTag('health', 'Readiness and liveness probes')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from /api/v1/auth/login' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetailsDto] });
  markPublicOperations(document);
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
