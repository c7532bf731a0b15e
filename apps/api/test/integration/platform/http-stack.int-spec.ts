import type { ProblemDetails } from '@healthsync/contracts/common';

import { openDataSource } from '../../support/test-database';
import { integrationDatabaseUrl } from '../../support/int-env';
import { startTestApi, type TestApi } from '../../support/test-api';
import { PROBE_TABLE_SQL, ProbeModule } from './probe.module';

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('the HTTP stack', () => {
  let api: TestApi;
  const notes = async () => {
    const db = await openDataSource(integrationDatabaseUrl());
    try {
      return (await db.query('SELECT title FROM probe_notes ORDER BY id')).map(
        (row: { title: string }) => row.title,
      );
    } finally {
      await db.destroy();
    }
  };

  beforeAll(async () => {
    const db = await openDataSource(integrationDatabaseUrl());
    await db.query(PROBE_TABLE_SQL);
    await db.query('TRUNCATE probe_notes');
    await db.destroy();
    api = await startTestApi({ CORS_ORIGINS: 'http://portal.test', BODY_LIMIT: '2kb' }, [ProbeModule]);
  });
  afterAll(() => api.close());

  async function expectProblem(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await response.json()) as ProblemDetails;
    expect(body).toMatchObject({ status, code, type: `urn:healthsync:problem:${code.toLowerCase()}` });
    expect(typeof body.title).toBe('string');
    expect(typeof body.detail).toBe('string');
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
    return body;
  }

  it('creates a note from a valid body', async () => {
    const response = await fetch(api.url('/api/v1/probe/notes'), json({ title: 'first' }));
    expect(response.status).toBe(201);
    expect(await notes()).toContain('first');
  });

  it('answers malformed JSON with 400 problem+json and writes nothing', async () => {
    const before = await notes();
    const response = await fetch(api.url('/api/v1/probe/notes'), json('{"title": "broken",'));
    await expectProblem(response, 400, 'REQUEST.MALFORMED_BODY');
    expect(await notes()).toEqual(before);
  });

  it('refuses an unknown field (no mass assignment) and names it', async () => {
    const before = await notes();
    const response = await fetch(api.url('/api/v1/probe/notes'), json({ title: 'sneaky', isAdmin: true }));
    const body = await expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(body.errors).toEqual([{ field: 'isAdmin', message: 'property isAdmin should not exist' }]);
    expect(await notes()).toEqual(before);
  });

  it('reports every invalid field', async () => {
    const response = await fetch(api.url('/api/v1/probe/notes'), json({ title: '', body: 42 }));
    const body = await expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(new Set(body.errors?.map((error) => error.field))).toEqual(new Set(['body', 'title']));
  });

  it.each([['[]'], ['"text"'], ['null'], ['42']])('refuses the non-object body %s', async (raw) => {
    const response = await fetch(api.url('/api/v1/probe/notes'), json(raw));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers a unique violation with 409 and no SQL', async () => {
    await fetch(api.url('/api/v1/probe/notes'), json({ title: 'twice' }));
    const response = await fetch(api.url('/api/v1/probe/notes'), json({ title: 'twice' }));
    const body = await expectProblem(response, 409, 'RESOURCE.CONFLICT');
    expect(JSON.stringify(body)).not.toMatch(/probe_notes|duplicate key|constraint/i);
  });

  it('answers an unknown route with 404 problem+json', async () => {
    await expectProblem(await fetch(api.url('/api/v1/no/such/route')), 404, 'REQUEST.ROUTE_NOT_FOUND');
    await expectProblem(await fetch(api.url('/nowhere')), 404, 'REQUEST.ROUTE_NOT_FOUND');
  });

  it('answers an unexpected error with 500 and no stack trace or SQL', async () => {
    const response = await fetch(api.url('/api/v1/probe/notes/boom'));
    const body = await expectProblem(response, 500, 'SERVER.INTERNAL');
    expect(JSON.stringify(body)).not.toMatch(/SELECT|secret|at Object|app\.js/);
  });

  it('answers a body over the limit with 413', async () => {
    const response = await fetch(
      api.url('/api/v1/probe/notes'),
      json({ title: 'x', body: 'y'.repeat(4_000) }),
    );
    await expectProblem(response, 413, 'REQUEST.PAYLOAD_TOO_LARGE');
  });

  it('accepts sort fields only from the allow-list', async () => {
    await expectProblem(
      await fetch(api.url('/api/v1/probe/notes?sort=title;DROP TABLE probe_notes')),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
    await expectProblem(
      await fetch(api.url('/api/v1/probe/notes?sort=body')),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
    const response = await fetch(api.url('/api/v1/probe/notes?sort=title&limit=100'));
    const { items } = (await response.json()) as { items: Array<{ title: string }> };
    const titles = items.map((row) => row.title);
    expect(titles).toEqual([...titles].sort());
    expect(titles.length).toBeGreaterThan(1);
  });

  it('gives every response a request id, keeping a sane one from the caller', async () => {
    const generated = await fetch(api.url('/api/v1/health/live'));
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(api.url('/api/v1/health/live'), {
      headers: { 'x-request-id': 'trace-0123456789' },
    });
    expect(kept.headers.get('x-request-id')).toBe('trace-0123456789');
    const replaced = await fetch(api.url('/api/v1/health/live'), { headers: { 'x-request-id': '<script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and no framework banner', async () => {
    const response = await fetch(api.url('/api/v1/health/live'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await fetch(api.url('/api/v1/health/live'), {
      headers: { origin: 'http://portal.test' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://portal.test');
    const other = await fetch(api.url('/api/v1/health/live'), { headers: { origin: 'http://evil.test' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers an undecodable compressed body as malformed, without quoting zlib', async () => {
    const response = await fetch(api.url('/api/v1/probe/notes'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: 'definitely not gzip',
    });
    const body = await expectProblem(response, 400, 'REQUEST.MALFORMED_BODY');
    expect(body.detail).toBe('The request body could not be read.');
  });

  it('answers a badly percent-encoded URL with 400', async () => {
    await expectProblem(await fetch(api.url('/api/v1/health/%E0%A4%A')), 400, 'REQUEST.MALFORMED');
  });

  it('answers oversized headers with 431 problem+json', async () => {
    const response = await fetch(api.url('/api/v1/health/live'), {
      headers: { 'x-filler': 'a'.repeat(20_000) },
    });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as ProblemDetails;
    expect(body).toMatchObject({ status: 431, code: 'REQUEST.HEADERS_TOO_LARGE' });
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('refuses a body nested deeper than any request needs, before validation', async () => {
    const deep = `${'['.repeat(500)}${']'.repeat(500)}`;
    const body = await expectProblem(
      await fetch(api.url('/api/v1/probe/notes'), json(deep)),
      400,
      'REQUEST.MALFORMED_BODY',
    );
    expect(body.detail).toContain('nested');
  });
});
