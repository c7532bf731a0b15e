import { execFileSync } from 'node:child_process';

import fc, { type Arbitrary } from 'fast-check';

import { apiUrl, PROBLEM_JSON } from './support/e2e-env';
import {
  authorizationHeader,
  BODY_SIZES,
  fuzzValue,
  malformedJsonText,
  resolveRef,
  URL_SIZES,
  wrongContentType,
  type SchemaObject,
} from './support/openapi-arbitraries';

/**
 * Property-based fuzzing of every operation the running API documents: random valid and hostile
 * path parameters, queries, credentials and bodies. Whatever comes in, the API must not answer
 * 5xx, and every error must be RFC 9457 problem+json carrying the request id.
 * FUZZ_RUNS sets the runs per operation; FUZZ_SEED replays a reported failure.
 */

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];
const BODY_METHODS: ReadonlySet<HttpMethod> = new Set(['post', 'put', 'patch']);

/** Access tokens of the demo roles, signed in by the global set-up; the fuzz also calls as them. */
const REAL_TOKENS = JSON.parse(process.env['E2E_FUZZ_TOKENS'] ?? '[]') as string[];
const RUNS_PER_OPERATION = positiveInteger(process.env['FUZZ_RUNS']) ?? 40;
const SEED = integer(process.env['FUZZ_SEED']);
const REQUEST_TIMEOUT_MS = 10_000;
// Shrinking a request that times out costs 10 s a step; stop early enough to report the counterexample
// found so far instead of hitting Jest's test timeout. A slow API that cannot finish the runs fails too.
const OPERATION_TIME_LIMIT_MS = 60_000;
// Node answers 431 without a body past 16 kB of request line plus headers; stay well below it.
const MAX_URL_LENGTH = 10_000;

interface Referenceable {
  $ref?: string;
}

interface ParameterObject extends Referenceable {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}

interface ContentObject {
  content?: Record<string, { schema?: SchemaObject }>;
}

interface RequestBodyObject extends Referenceable, ContentObject {
  required?: boolean;
}

type ResponseObject = Referenceable & ContentObject;

interface OperationObject {
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
}

type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & { parameters?: ParameterObject[] };

interface OpenApiDocument {
  paths?: Record<string, PathItemObject>;
}

interface Operation {
  method: HttpMethod;
  path: string;
  parameters: ParameterObject[];
  bodySchema?: SchemaObject;
  responses: Record<string, ResponseObject>;
}

interface FuzzBody {
  contentType?: string;
  text: string;
}

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: FuzzBody;
}

interface Answer {
  status: number;
  contentType: string;
  requestId: string | null;
  body: string;
}

function integer(text: string | undefined): number | undefined {
  const value = text?.trim() ? Number(text) : Number.NaN;
  return Number.isInteger(value) ? value : undefined;
}

function positiveInteger(text: string | undefined): number | undefined {
  const value = integer(text);
  return value !== undefined && value > 0 ? value : undefined;
}

/**
 * Jest collects tests synchronously and the tests are named after the document's operations, so the
 * document is fetched before collection, in a child process.
 */
function fetchOpenApiDocumentSync(url: string): OpenApiDocument {
  const script = `fetch(process.argv[1], { signal: AbortSignal.timeout(${REQUEST_TIMEOUT_MS}) })
    .then(async (r) => { if (!r.ok) throw new Error('HTTP ' + r.status); process.stdout.write(await r.text()); })
    .catch((e) => { console.error(e); process.exit(1); });`;
  const text = execFileSync(process.execPath, ['-e', script, url], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(text) as OpenApiDocument;
}

function dereferenced<T extends Referenceable>(document: OpenApiDocument, value: T): T {
  return value.$ref ? (resolveRef(document, value.$ref) as T) : value;
}

/** JSON request body schema; an operation that only takes other media types still gets JSON thrown at it. */
function bodySchemaOf(
  document: OpenApiDocument,
  requestBody: RequestBodyObject | undefined,
): SchemaObject | undefined {
  if (!requestBody) return undefined;
  const content = dereferenced(document, requestBody).content ?? {};
  const json = Object.entries(content).find(([type]) => /json/.test(type)) ?? Object.entries(content)[0];
  return json?.[1].schema ?? {};
}

/** Operation parameters override path-level ones with the same name and location. */
function parametersOf(
  document: OpenApiDocument,
  pathItem: PathItemObject,
  operation: OperationObject,
): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const parameter of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const resolved = dereferenced(document, parameter);
    byKey.set(`${resolved.in}:${resolved.name}`, resolved);
  }
  return [...byKey.values()];
}

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, pathItem]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = pathItem[method];
      if (!operation) return [];
      return [
        {
          method,
          path,
          parameters: parametersOf(document, pathItem, operation),
          bodySchema: bodySchemaOf(document, operation.requestBody),
          responses: operation.responses ?? {},
        },
      ];
    }),
  );
}

function labelOf(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

function documentsProblemAnswer(document: OpenApiDocument, operation: Operation): boolean {
  return Object.entries(operation.responses).some(
    ([status, response]) =>
      /^[45]/.test(status) &&
      Object.keys(dereferenced(document, response).content ?? {}).some((type) => PROBLEM_JSON.test(type)),
  );
}

/** How a value travels in a URL: JSON for structures, and `-0` kept distinct from `0`. */
function toParameterText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || typeof value !== 'object') return String(value);
  return JSON.stringify(value);
}

/** encodeURIComponent throws on lone surrogates, which the unicode generators produce on purpose. */
function encodePathSegment(text: string): string {
  return encodeURIComponent(text.replace(/\p{Cs}/gu, '\ufffd'));
}

/** Arrays become repeated keys and objects `name[key]` pairs, as qs-style parsers read them. */
function appendQueryValue(query: URLSearchParams, name: string, value: unknown): void {
  if (Array.isArray(value)) value.forEach((item) => query.append(name, toParameterText(item)));
  else if (typeof value === 'object' && value !== null) {
    Object.entries(value).forEach(([key, item]) => query.append(`${name}[${key}]`, toParameterText(item)));
  } else query.append(name, toParameterText(value));
}

function parametersIn(operation: Operation, location: ParameterObject['in']): ParameterObject[] {
  return operation.parameters.filter((parameter) => parameter.in === location);
}

function valuesFor(
  document: OpenApiDocument,
  parameters: ParameterObject[],
): Record<string, Arbitrary<unknown>> {
  return Object.fromEntries(
    parameters.map((parameter) => [
      parameter.name,
      fuzzValue(parameter.schema ?? {}, { document, sizes: URL_SIZES }),
    ]),
  );
}

/** Every `{name}` of the template gets a value, documented or not. */
function pathArbitrary(document: OpenApiDocument, operation: Operation): Arbitrary<string> {
  const documented = valuesFor(document, parametersIn(operation, 'path'));
  const model = { ...documented };
  for (const [, name] of operation.path.matchAll(/\{([^}]+)\}/g)) {
    model[name] ??= fuzzValue({ type: 'string' }, { document, sizes: URL_SIZES });
  }
  return fc
    .record(model)
    .map((values) =>
      operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
        encodePathSegment(toParameterText(values[name])),
      ),
    );
}

function unknownQueryPairs(): Arbitrary<Array<[string, string]>> {
  const name = fc.oneof(
    fc.constantFrom(
      '__proto__[isAdmin]',
      'constructor[prototype][isAdmin]',
      'a[b][c][d][e][f][g]',
      'x[]',
      '$where',
      '',
    ),
    fc.string({ minLength: 1, maxLength: 16 }),
  );
  return fc.array(fc.tuple(name, fc.string({ maxLength: 32 })), { maxLength: 3 });
}

/** Required parameters are usually present, sometimes left out; unknown ones are sometimes added. */
function queryArbitrary(document: OpenApiDocument, operation: Operation): Arbitrary<string> {
  const parameters = parametersIn(operation, 'query');
  const model = valuesFor(document, parameters);
  const required = parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
  const values = fc.oneof(
    { weight: 4, arbitrary: fc.record(model, { requiredKeys: required }) },
    { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
  );
  return fc.tuple(values, unknownQueryPairs()).map(([documented, unknown]) => {
    const query = new URLSearchParams();
    Object.entries(documented).forEach(([name, value]) => appendQueryValue(query, name, value));
    unknown.forEach(([name, value]) => query.append(name, value));
    const text = query.toString();
    return text ? `?${text}` : '';
  });
}

/** Header values must be printable ASCII, or fetch refuses to send them. */
function headerText(value: unknown): string {
  return toParameterText(value)
    .replace(/[^\x20-\x7e]/g, '')
    .slice(0, 1_000);
}

function headersArbitrary(
  document: OpenApiDocument,
  operation: Operation,
): Arbitrary<Record<string, string>> {
  const documented = fc.record(valuesFor(document, parametersIn(operation, 'header')), { requiredKeys: [] });
  const requestId = fc.constantFrom(
    undefined,
    'fuzz-request-0001',
    'short',
    '../../etc/passwd',
    'x'.repeat(200),
  );
  // Errors must be problem+json whatever the client says it accepts.
  const accept = fc.constantFrom(
    'application/json',
    '*/*',
    'text/html',
    'application/xml',
    'image/png',
    undefined,
  );
  return fc
    .tuple(documented, authorizationHeader(REAL_TOKENS), requestId, accept)
    .map(([values, authorization, id, types]) => {
      const headers: Record<string, string> = {};
      Object.entries(values).forEach(([name, value]) => (headers[name.toLowerCase()] = headerText(value)));
      if (authorization !== undefined) headers['authorization'] = authorization;
      if (id !== undefined) headers['x-request-id'] = id;
      if (types !== undefined) headers['accept'] = types;
      return headers;
    });
}

function bodyArbitrary(document: OpenApiDocument, operation: Operation): Arbitrary<FuzzBody | undefined> {
  if (!operation.bodySchema && !BODY_METHODS.has(operation.method)) return fc.constant(undefined);
  const value = fuzzValue(operation.bodySchema ?? {}, { document, sizes: BODY_SIZES });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: value.map((json) => ({ contentType: 'application/json', text: JSON.stringify(json) })),
    },
    { weight: 1, arbitrary: malformedJsonText().map((text) => ({ contentType: 'application/json', text })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(wrongContentType(), value)
        .map(([contentType, json]) => ({ contentType, text: JSON.stringify(json) })),
    },
  );
}

function truncated(text: string, length = 1_500): string {
  return text.length <= length ? text : `${text.slice(0, length)}… (${text.length} chars)`;
}

const answers = new WeakMap<FuzzRequest, Answer>();

function describeExchange(request: FuzzRequest): string {
  const answer = answers.get(request);
  const body = request.body
    ? `\n  body (${request.body.contentType ?? 'no content-type'}): ${truncated(request.body.text, 500)}`
    : '';
  const response = answer ? `\n  → ${answer.status} ${answer.contentType}\n  ${truncated(answer.body)}` : '';
  return `${request.method} ${request.url}\n  headers: ${JSON.stringify(request.headers)}${body}${response}`;
}

function requestArbitrary(document: OpenApiDocument, operation: Operation): Arbitrary<FuzzRequest> {
  return fc
    .record({
      path: pathArbitrary(document, operation),
      query: queryArbitrary(document, operation),
      headers: headersArbitrary(document, operation),
      body: bodyArbitrary(document, operation),
    })
    .filter(({ path, query }) => path.length + query.length <= MAX_URL_LENGTH)
    .map(({ path, query, headers, body }) => {
      const request: FuzzRequest = {
        method: operation.method.toUpperCase(),
        url: `${path}${query}`,
        headers,
        body,
      };
      return Object.assign(request, { [fc.toStringMethod]: () => describeExchange(request) });
    });
}

async function send(request: FuzzRequest): Promise<Answer> {
  const headers = {
    ...request.headers,
    ...(request.body?.contentType ? { 'content-type': request.body.contentType } : {}),
  };
  const response = await fetch(apiUrl(request.url), {
    method: request.method,
    headers,
    // Bytes rather than a string, so that fetch adds no text/plain content type of its own.
    body: request.body ? Buffer.from(request.body.text) : undefined,
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    requestId: response.headers.get('x-request-id'),
    body: await response.text(),
  };
}

function parsedObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function problemViolations(answer: Answer, hasBody: boolean): string[] {
  if (!PROBLEM_JSON.test(answer.contentType)) {
    return [`content-type is "${answer.contentType}", not application/problem+json`];
  }
  if (!hasBody) return [];
  const problem = parsedObject(answer.body);
  if (!problem) return ['body is not a JSON object'];
  const violations = ['type', 'title', 'detail', 'code', 'requestId']
    .filter((field) => typeof problem[field] !== 'string' || problem[field] === '')
    .map((field) => `"${field}" is missing or not a non-empty string`);
  if (problem['status'] !== answer.status) {
    violations.push(`"status" is ${String(problem['status'])}, not ${answer.status}`);
  }
  if (problem['requestId'] !== answer.requestId) {
    violations.push(
      `"requestId" ${String(problem['requestId'])} differs from X-Request-Id ${String(answer.requestId)}`,
    );
  }
  return violations;
}

/** Everything wrong with an answer; none for a non-error answer below 500. */
function answerViolations(request: FuzzRequest, answer: Answer): string[] {
  if (answer.status < 400) return [];
  const violations = answer.status >= 500 ? [`server error ${answer.status}`] : [];
  return [...violations, ...problemViolations(answer, request.method !== 'HEAD')];
}

async function exchange(request: FuzzRequest): Promise<Answer> {
  try {
    return await send(request);
  } catch (error) {
    throw new Error(`${request.method} ${request.url} got no answer: ${String(error)}`, { cause: error });
  }
}

async function expectWellFormedAnswer(request: FuzzRequest): Promise<void> {
  const answer = await exchange(request);
  answers.set(request, answer);
  const violations = answerViolations(request, answer);
  if (violations.length > 0) {
    throw new Error(
      `${request.method} ${request.url} answered ${answer.status}: ${violations.join('; ')}\n` +
        `content-type: ${answer.contentType}\nx-request-id: ${String(answer.requestId)}\nbody: ${truncated(answer.body)}`,
    );
  }
}

const DOCUMENT = fetchOpenApiDocumentSync(apiUrl('/api/docs-json'));
const OPERATIONS = operationsOf(DOCUMENT);

describe('OpenAPI document', () => {
  it('lists the health routes, so an empty document cannot make the fuzzing pass vacuously', () => {
    expect(OPERATIONS.map(labelOf)).toEqual(
      expect.arrayContaining(['GET /api/v1/health', 'GET /api/v1/health/live']),
    );
  });

  it('documents an application/problem+json error answer for every operation', () => {
    expect(
      OPERATIONS.filter((operation) => !documentsProblemAnswer(DOCUMENT, operation)).map(labelOf),
    ).toEqual([]);
  });
});

describe('OpenAPI fuzz', () => {
  for (const operation of OPERATIONS) {
    describe(labelOf(operation), () => {
      it(`answers ${RUNS_PER_OPERATION} random requests without 5xx, with problem+json errors`, async () => {
        await fc.assert(fc.asyncProperty(requestArbitrary(DOCUMENT, operation), expectWellFormedAnswer), {
          numRuns: RUNS_PER_OPERATION,
          seed: SEED,
          plugins: [fc.interruptAfterTimeLimit(OPERATION_TIME_LIMIT_MS, { failOnInterrupt: true })],
        });
      });
    });
  }
});
