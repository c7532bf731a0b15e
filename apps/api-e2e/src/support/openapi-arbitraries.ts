import fc, { type Arbitrary } from 'fast-check';

/** The part of an OpenAPI 3.0/3.1 schema the fuzzer follows; other keywords are ignored. */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  items?: SchemaObject;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
}

/** How big the hostile values get: bodies take ~10 kB strings, URLs must stay under Node's header limit. */
export interface HostileSizes {
  stringLength: number;
  arrayLength: number;
  nestingDepth: number;
}

export const BODY_SIZES: HostileSizes = { stringLength: 10_240, arrayLength: 10_000, nestingDepth: 2_000 };
export const URL_SIZES: HostileSizes = { stringLength: 1_500, arrayLength: 200, nestingDepth: 64 };

export interface FuzzOptions {
  /** The whole OpenAPI document; `$ref`s resolve against it. */
  document: unknown;
  sizes: HostileSizes;
}

interface Walk {
  options: FuzzOptions;
  /** `$ref`s on the way down to this schema: meeting one again means a cycle. */
  refs: ReadonlySet<string>;
  depth: number;
  /** When set, any value below the top may be swapped for a hostile one. */
  hostileChildren: boolean;
}

const MAX_SCHEMA_DEPTH = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local JSON pointer such as `#/components/schemas/Patient`. */
export function resolveRef(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
  const keys = ref
    .slice(2)
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const target = keys.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), document);
  if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return target;
}

function mergeSchemas(base: SchemaObject, extra: SchemaObject): SchemaObject {
  return {
    ...base,
    ...extra,
    properties: { ...base.properties, ...extra.properties },
    required: [...(base.required ?? []), ...(extra.required ?? [])],
  };
}

/** The schema behind `$ref`s and `allOf`s, or undefined when it only leads back into itself. */
function dereference(schema: SchemaObject, walk: Walk): { schema: SchemaObject; walk: Walk } | undefined {
  let current = schema;
  const refs = new Set(walk.refs);
  while (current.$ref) {
    if (refs.has(current.$ref)) return undefined;
    refs.add(current.$ref);
    current = resolveRef(walk.options.document, current.$ref) as SchemaObject;
  }
  if (!current.allOf) return { schema: current, walk: { ...walk, refs } };
  const { allOf, ...rest } = current;
  let merged: SchemaObject = rest;
  for (const part of allOf) {
    const resolved = dereference(part, { ...walk, refs });
    if (!resolved) continue;
    merged = mergeSchemas(merged, resolved.schema);
    resolved.walk.refs.forEach((ref) => refs.add(ref));
  }
  return { schema: merged, walk: { ...walk, refs } };
}

function typesOf(schema: SchemaObject): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties || schema.additionalProperties) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

function anyJson(): Arbitrary<unknown> {
  return fc.jsonValue({ maxDepth: 2 });
}

function isoDate(): Arbitrary<Date> {
  return fc.date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-31T23:59:59Z'),
    noInvalidDate: true,
  });
}

/** What sign-up forms accept; fc.emailAddress alone is RFC-exotic enough that most validators refuse it. */
function plainEmail(): Arbitrary<string> {
  return fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,15}$/), fc.constantFrom('example.com', 'clinic.test'))
    .map(([local, domain]) => `${local}@${domain}`);
}

const STRING_FORMATS: Record<string, () => Arbitrary<string>> = {
  uuid: () => fc.uuid({ version: 4 }),
  'date-time': () => isoDate().map((date) => date.toISOString()),
  date: () => isoDate().map((date) => date.toISOString().slice(0, 10)),
  email: () => fc.oneof(plainEmail(), fc.emailAddress()),
  uri: () => fc.webUrl(),
  url: () => fc.webUrl(),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
};

function patternString(pattern: string): Arbitrary<string> | undefined {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return undefined;
  }
}

function validString(schema: SchemaObject): Arbitrary<string> {
  const byFormat =
    schema.format && Object.hasOwn(STRING_FORMATS, schema.format) ? STRING_FORMATS[schema.format] : undefined;
  if (byFormat) return byFormat();
  const byPattern = schema.pattern ? patternString(schema.pattern) : undefined;
  if (byPattern) return byPattern;
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? minLength + 40, minLength + 200);
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

/** Bounds of a numeric schema in OpenAPI 3.0 (boolean exclusives) or 3.1 (numeric exclusives) style. */
function numericBounds(schema: SchemaObject) {
  const min = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : schema.minimum;
  const max = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : schema.maximum;
  const minExcluded = typeof schema.exclusiveMinimum === 'number' || schema.exclusiveMinimum === true;
  const maxExcluded = typeof schema.exclusiveMaximum === 'number' || schema.exclusiveMaximum === true;
  return { min, max, minExcluded, maxExcluded };
}

function validInteger(schema: SchemaObject): Arbitrary<number> {
  const { min, max, minExcluded, maxExcluded } = numericBounds(schema);
  const low = min === undefined ? undefined : minExcluded ? Math.floor(min) + 1 : Math.ceil(min);
  const high = max === undefined ? undefined : maxExcluded ? Math.ceil(max) - 1 : Math.floor(max);
  const from = Math.max(low ?? Math.min(-(2 ** 31), high ?? 0), Number.MIN_SAFE_INTEGER);
  const to = Math.min(high ?? Math.max(2 ** 31 - 1, from), Number.MAX_SAFE_INTEGER);
  return fc.integer({ min: from, max: to });
}

function validNumber(schema: SchemaObject): Arbitrary<number> {
  const { min, max, minExcluded, maxExcluded } = numericBounds(schema);
  return fc.double({ min, max, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true });
}

function validArray(schema: SchemaObject, walk: Walk): Arbitrary<unknown[]> {
  const minLength = schema.minItems ?? 0;
  const maxLength = Math.min(schema.maxItems ?? minLength + 4, minLength + 10);
  return fc.array(childValue(schema.items ?? {}, walk), { minLength, maxLength });
}

function validObject(schema: SchemaObject, walk: Walk): Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model: Record<string, Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) model[name] = childValue(property, walk);
  for (const name of schema.required ?? []) model[name] ??= anyJson();
  if (Object.keys(model).length === 0 && isRecord(schema.additionalProperties)) {
    return fc.dictionary(fc.string({ maxLength: 12 }), childValue(schema.additionalProperties, walk), {
      maxKeys: 4,
    });
  }
  return fc.record(model, { requiredKeys: [...new Set(schema.required ?? [])] });
}

function validOfType(type: string, schema: SchemaObject, walk: Walk): Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return validString(schema);
    case 'integer':
      return validInteger(schema);
    case 'number':
      return validNumber(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return validArray(schema, walk);
    case 'object':
      return validObject(schema, walk);
    default:
      return anyJson();
  }
}

function validOfResolved(schema: SchemaObject, walk: Walk): Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const alternatives = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  if (alternatives.length > 0) {
    return fc.oneof(...alternatives.map((alternative) => validNode(alternative, walk)));
  }
  const types = typesOf(schema);
  if (types.length === 0) return anyJson();
  return fc.oneof(...types.map((type) => validOfType(type, schema, walk)));
}

/** A value the schema accepts (as far as the generator can tell; `pattern` combined with lengths may miss). */
function validNode(schema: SchemaObject, walk: Walk): Arbitrary<unknown> {
  const resolved = dereference(schema, walk);
  // A cycle or an absurdly deep schema: an empty object stands in for the rest.
  if (!resolved || walk.depth > MAX_SCHEMA_DEPTH) return fc.constant({});
  const value = validOfResolved(resolved.schema, resolved.walk);
  return resolved.schema.nullable ? fc.option(value, { nil: null, freq: 8 }) : value;
}

function childValue(schema: SchemaObject, walk: Walk): Arbitrary<unknown> {
  const below = { ...walk, depth: walk.depth + 1 };
  if (!walk.hostileChildren) return validNode(schema, below);
  return fc.oneof(
    { weight: 5, arbitrary: validNode(schema, below) },
    { weight: 1, arbitrary: hostileValue(walk.options.sizes) },
  );
}

function nullishValue(): Arbitrary<unknown> {
  return fc.constantFrom(null, '', 'null', 'undefined', 'None', 'nil');
}

function wrongTypeValue(): Arbitrary<unknown> {
  return fc.oneof(
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 8 }),
    fc.constant([]),
    fc.constant({}),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  );
}

/** One character repeated to `length` (cheap to generate and to shrink, unlike a random 10 kB string). */
function hugeString(length: number): Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('A', '0', ' ', 'é', '😀', "'", '%', '\\', '\u0000'), fc.string({ maxLength: 8 }))
    .map(([unit, tail]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail);
}

function unicodeString(): Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 64 }),
    fc.constantFrom(
      '\u202eevil\u202c',
      '\ufeffbom',
      'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
      '𝕳𝖊𝖑𝖑𝖔',
      '👩‍👩‍👧‍👦',
      '\ud800',
      '\udfff',
      'İıß',
      '\u2028\u2029',
      '\u200b',
      '١٢٣',
    ),
  );
}

function injectionString(): Arbitrary<string> {
  return fc.constantFrom(
    "' OR 1=1 --",
    "'; DROP TABLE users; --",
    '" OR ""="',
    "1' UNION SELECT NULL, version() --",
    '\\',
    "'",
    '{"$gt": ""}',
    '{"$where": "sleep(1)"}',
    '$where',
    '../../../../etc/passwd',
    '..%2f..%2fetc%2fpasswd',
    '<script>alert(1)</script>',
    '${7*7}',
    '{{7*7}}',
    '%00',
    '\r\nX-Injected: 1',
  );
}

function noSqlOperator(): Arbitrary<unknown> {
  return fc.constantFrom<unknown>(
    { $gt: '' },
    { $ne: null },
    { $where: 'return true' },
    { $regex: '.*' },
    { $in: [] },
    [{ $gt: '' }],
  );
}

/** Objects with own `__proto__`/`constructor` keys (an object literal would set the prototype instead). */
function prototypePollution(): Arbitrary<unknown> {
  return fc.constantFrom<unknown>(
    JSON.parse('{"__proto__": {"isAdmin": true, "role": "admin"}}'),
    JSON.parse('{"constructor": {"prototype": {"isAdmin": true}}}'),
    JSON.parse('{"prototype": {"isAdmin": true}, "toString": 1, "hasOwnProperty": 1}'),
    '__proto__',
    'constructor',
  );
}

function deeplyNested(maxDepth: number): Arbitrary<unknown> {
  return fc
    .tuple(fc.integer({ min: Math.min(32, maxDepth), max: maxDepth }), fc.boolean())
    .map(([depth, asArray]) => {
      let value: unknown = 'bottom';
      for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value };
      return value;
    });
}

function extremeNumber(): Arbitrary<unknown> {
  return fc.constantFrom<unknown>(
    -0,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    -(2 ** 63),
    2 ** 31,
    -1,
    0.5,
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '0x10',
    ' 1 ',
    '1_000',
  );
}

function longArray(maxLength: number): Arbitrary<unknown[]> {
  return fc
    .integer({ min: Math.floor(maxLength / 2), max: maxLength })
    .map((length) => Array.from({ length }, (_, index) => (index % 7 === 0 ? 'x' : index)));
}

/** A value no sane schema accepts as is: wrong types, oversize, injection, pollution, extremes. */
export function hostileValue(sizes: HostileSizes): Arbitrary<unknown> {
  return fc.oneof(
    nullishValue(),
    wrongTypeValue(),
    hugeString(sizes.stringLength),
    unicodeString(),
    injectionString(),
    noSqlOperator(),
    prototypePollution(),
    deeplyNested(sizes.nestingDepth),
    extremeNumber(),
    longArray(sizes.arrayLength),
  );
}

function unknownPropertyName(): Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'isAdmin',
      'role',
      'id',
      'createdAt',
      '$where',
      '',
    ),
    fc.string({ minLength: 1, maxLength: 20 }),
  );
}

/** Adds properties the schema does not declare; defineProperty keeps `__proto__` an own, serialisable key. */
function withUnknownProperties(value: Arbitrary<unknown>, sizes: HostileSizes): Arbitrary<unknown> {
  const extras = fc.array(fc.tuple(unknownPropertyName(), hostileValue(sizes)), {
    minLength: 1,
    maxLength: 3,
  });
  return fc.tuple(value, extras).map(([base, entries]) => {
    if (!isRecord(base)) return base;
    const copy: Record<string, unknown> = { ...base };
    for (const [key, extra] of entries) {
      Object.defineProperty(copy, key, {
        value: extra,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  });
}

/** Valid values (to reach the handler), valid ones with a hostile part, and plainly hostile ones. */
export function fuzzValue(schema: SchemaObject, options: FuzzOptions): Arbitrary<unknown> {
  const walk: Walk = { options, refs: new Set(), depth: 0, hostileChildren: false };
  return fc.oneof(
    { weight: 3, arbitrary: validNode(schema, walk) },
    { weight: 3, arbitrary: validNode(schema, { ...walk, hostileChildren: true }) },
    { weight: 1, arbitrary: withUnknownProperties(validNode(schema, walk), options.sizes) },
    { weight: 2, arbitrary: hostileValue(options.sizes) },
  );
}

const TOKEN_CHARACTER = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));

function base64Url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A JWT that looks right (header, claims, maybe a signature part) but was signed by no key of the API. */
export function unsignedJwt(): Arbitrary<string> {
  const header = fc.constantFrom(
    { alg: 'none', typ: 'JWT' },
    { alg: 'HS256', typ: 'JWT' },
    { alg: 'RS256', kid: '../../dev/null' },
  );
  const claims = fc.record({
    sub: fc.uuid(),
    email: fc.emailAddress(),
    role: fc.constantFrom('admin', 'clinician', 'doctor', 'receptionist', 'patient', 'superuser'),
    iat: fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }),
    exp: fc.integer({ min: 1_600_000_000, max: 4_000_000_000 }),
  });
  const signature = fc.oneof(
    fc.constant(''),
    fc.base64String({ minLength: 4, maxLength: 88 }).map((text) => text.replace(/=+$/, '')),
  );
  return fc
    .tuple(header, claims, signature)
    .map(([head, body, sig]) => `${base64Url(head)}.${base64Url(body)}.${sig}`);
}

function garbageBearer(): Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'bearer abc',
      'Bearer null',
      'Bearer undefined',
      'Bearer a.b.c',
      'Bearer ...',
    ),
    fc.constantFrom('Basic YWRtaW46YWRtaW4=', 'Token abc', 'Bearer Bearer x', `Bearer ${'A'.repeat(2_048)}`),
    fc.string({ unit: TOKEN_CHARACTER, minLength: 1, maxLength: 200 }).map((token) => `Bearer ${token}`),
  );
}

/** The Authorization header to send, or undefined for none. */
/**
 * No credentials, forged ones, or — when the run signed in (`E2E_FUZZ_TOKENS`, one access token per
 * demo role) — real ones, so handlers and their validation are reached too, not only the guard.
 */
export function authorizationHeader(realTokens: readonly string[] = []): Arbitrary<string | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    garbageBearer(),
    unsignedJwt().map((token) => `Bearer ${token}`),
    ...(realTokens.length > 0 ? [fc.constantFrom(...realTokens).map((token) => `Bearer ${token}`)] : []),
  );
}

/** Body text that is not JSON, or JSON that parsers disagree on. */
export function malformedJsonText(): Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      '',
      '{',
      '{"a":',
      '[1,2',
      "{'a': 1}",
      '{"a": 1}}',
      '{"a": NaN}',
      '{"a": 1e999}',
      '{"a": undefined}',
      'undefined',
      '\u0000',
      '\ufeff{}',
      '{"a": 1, "a": 2}',
      '{"__proto__": {"isAdmin": true}}',
      '"just a string"',
      '[]',
      'null',
      '['.repeat(100_000),
    ),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );
}

/** A Content-Type the API should refuse for a JSON body, or undefined to send none. */
export function wrongContentType(): Arbitrary<string | undefined> {
  return fc.constantFrom(
    undefined,
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=fuzz',
    'application/xml',
    'application/json; charset=utf-16',
    'application/json; charset=ebcdic',
    'application/octet-stream',
    '*/*',
    'garbage',
  );
}
