import type { ProblemDetails } from '@healthsync/contracts/common';

import { ApiClient, DEMO_EMAILS } from '../support/api-client';
import { apiUrl, PROBLEM_JSON } from '../support/e2e-env';

/** An answer as the wire carried it: its size matters here, not only its content. */
async function send(path: string, init: RequestInit = {}) {
  const started = performance.now();
  const response = await fetch(apiUrl(path), init);
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    bytes: Buffer.byteLength(text),
    elapsedMs: performance.now() - started,
    problem: JSON.parse(text) as ProblemDetails,
  };
}

const postJson = (path: string, body: string, token?: string) =>
  send(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body,
  });

/** `{"k0":0,"k1":1,…}` with `count` keys, written by hand so the test pays no JSON.stringify of a huge object. */
const manyKeys = (count: number, prefix = 'k') =>
  `{${Array.from({ length: count }, (_, index) => `"${prefix}${index}":${index}`).join(',')}}`;

const SMALL_ANSWER_BYTES = 2_048;

describe('request hygiene: hostile bodies and queries are refused early, with small answers', () => {
  const client = () => new ApiClient(apiUrl());

  it('refuses 40,000 unknown keys to the anonymous sign-in quickly with a small problem, while /health/live keeps answering', async () => {
    const body = manyKeys(40_000);
    expect(body.length).toBeGreaterThan(400_000);
    for (let round = 0; round < 3; round += 1) {
      const flood = postJson('/api/v1/auth/login', body);
      // Asked while the flood is being parsed and refused: liveness must not wait long for it.
      const live = send('/api/v1/health/live');
      const [answer, liveness] = await Promise.all([flood, live]);
      expect(liveness.status).toBe(200);
      expect(liveness.elapsedMs).toBeLessThan(1_000);
      expect(answer.status).toBe(400);
      expect(answer.contentType).toMatch(PROBLEM_JSON);
      expect(answer.problem.code).toBe('REQUEST.MALFORMED_BODY');
      expect(answer.problem.detail).toMatch(/more than \d+ properties/);
      expect(answer.bytes).toBeLessThan(SMALL_ANSWER_BYTES);
      expect(answer.elapsedMs).toBeLessThan(1_000);
    }
  });

  it('refuses an array of 40,000 items in any field before validation', async () => {
    const items = Array.from({ length: 40_000 }, () => '1').join(',');
    const answer = await postJson('/api/v1/auth/login', `{"email":[${items}],"password":"x"}`);
    expect(answer.status).toBe(400);
    expect(answer.problem.code).toBe('REQUEST.MALFORMED_BODY');
    expect(answer.problem.detail).toMatch(/more than \d+ items/);
    expect(answer.bytes).toBeLessThan(SMALL_ANSWER_BYTES);
  });

  it('refuses a body of many small objects, each under the per-object limit', async () => {
    const objects = Array.from({ length: 900 }, (_, index) => manyKeys(30, `o${index}_`)).join(',');
    const answer = await postJson(
      '/api/v1/auth/login',
      `{"email":"a@b.test","password":"x","n":[${objects}]}`,
    );
    expect(answer.status).toBe(400);
    expect(answer.problem.detail).toMatch(/more than \d+ values/);
    expect(answer.bytes).toBeLessThan(SMALL_ANSWER_BYTES);
  });

  it('names at most five unknown fields and counts the rest', async () => {
    const answer = await postJson(
      '/api/v1/auth/login',
      JSON.stringify({ email: 'a@b.test', password: 'x', ...JSON.parse(manyKeys(50)) }),
    );
    expect(answer.status).toBe(400);
    expect(answer.problem.code).toBe('REQUEST.VALIDATION_FAILED');
    const errors = answer.problem.errors ?? [];
    expect(errors.filter((error) => /should not exist/.test(error.message))).toHaveLength(5);
    expect(errors.map((error) => error.message)).toContainEqual(expect.stringMatching(/45 more/));
    expect(answer.bytes).toBeLessThan(SMALL_ANSWER_BYTES);
  });

  it('does not echo huge field names back', async () => {
    const names = Array.from({ length: 40 }, (_, index) => `"${String(index).padEnd(20_000, 'x')}":1`);
    const answer = await postJson(
      '/api/v1/auth/login',
      `{"email":"a@b.test","password":"x",${names.join(',')}}`,
    );
    expect(answer.status).toBe(400);
    expect(answer.bytes).toBeLessThan(SMALL_ANSWER_BYTES * 2);
  });

  it('answers a query string of hundreds of unknown parameters with a small problem', async () => {
    const token = await client().accessToken(DEMO_EMAILS.receptionist);
    const query = Array.from({ length: 500 }, (_, index) => `unknown${index}=${'v'.repeat(10)}`).join('&');
    const answer = await send(`/api/v1/doctors?${query}`, { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(PROBLEM_JSON);
    expect(answer.bytes).toBeLessThan(SMALL_ANSWER_BYTES);
  });

  it.each([
    ['an unknown route', `/api/v1/nothing-${'x'.repeat(8_000)}`],
    ['a route outside the API', `/${'x'.repeat(8_000)}`],
    ['a malformed id', `/api/v1/doctors/${'x'.repeat(8_000)}`],
  ])('does not echo a long path back in %s', async (_, path) => {
    const token = await client().accessToken(DEMO_EMAILS.receptionist);
    const answer = await send(path, { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.contentType).toMatch(PROBLEM_JSON);
    expect(answer.bytes).toBeLessThan(SMALL_ANSWER_BYTES);
  });
});
