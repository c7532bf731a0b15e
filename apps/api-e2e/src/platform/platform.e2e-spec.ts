import type { ProblemDetails } from '@healthsync/contracts/common';

import { apiUrl, PROBLEM_JSON } from '../support/e2e-env';

describe('the built API over HTTP', () => {
  it('is ready, with PostgreSQL, Redis and the document store up', async () => {
    const response = await fetch(apiUrl('/api/v1/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      components: {
        database: { status: 'up', backend: 'postgres' },
        cache: { status: 'up', backend: 'redis' },
        documents: { status: 'up', backend: 'postgres' },
      },
    });
  });

  it('is live', async () => {
    const response = await fetch(apiUrl('/api/v1/health/live'));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('ok');
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await fetch(apiUrl('/api/v1/health'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"unterminated": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(PROBLEM_JSON);
    const problem = (await response.json()) as ProblemDetails;
    expect(problem).toMatchObject({ status: 400, code: 'REQUEST.MALFORMED_BODY', title: 'Bad Request' });
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  });

  it.each(['/api/v1/nothing-here', '/definitely/not/a/route', '/api/v1/health/../../etc/passwd'])(
    'answers the unknown route %s with 404 problem+json',
    async (path) => {
      const response = await fetch(apiUrl(path));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(PROBLEM_JSON);
      expect(((await response.json()) as ProblemDetails).code).toBe('REQUEST.ROUTE_NOT_FOUND');
    },
  );

  it('rate-limits with RateLimit-* headers', async () => {
    const response = await fetch(apiUrl('/api/v1/health'));
    expect(Number(response.headers.get('ratelimit-limit'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('ratelimit-remaining'))).toBeGreaterThanOrEqual(0);
  });

  it('serves Swagger UI and the OpenAPI document', async () => {
    const ui = await fetch(apiUrl('/api/docs'));
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
    const spec = await fetch(apiUrl('/api/docs-json'));
    expect(spec.status).toBe(200);
    const document = (await spec.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/health/live']),
    );
  });
});
